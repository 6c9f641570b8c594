import ArchitectureReview
import Testing

/// `unencrypted-sensitive-data`: fires on pii in an unencrypted store; quiet on an informative label only.
@Suite struct UnencryptedSensitiveDataRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        datastores:
          db:
            contains: [pii]
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        datastores:
          db:
            contains: [analytics]
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("unencrypted-sensitive-data", Self.fires)
        ReviewHarness.expectSingle(findings, target: "db", at: "\n  db:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("unencrypted-sensitive-data", Self.nearMiss).isEmpty)
    }
}
