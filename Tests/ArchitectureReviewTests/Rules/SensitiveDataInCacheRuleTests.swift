import ArchitectureReview
import Testing

/// `sensitive-data-in-cache`: fires on pii in a cache; quiet on a cache without sensitive labels.
@Suite struct SensitiveDataInCacheRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        datastores:
          c:
            role: cache
            encrypted: true
            contains: [pii]
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        datastores:
          c:
            role: cache
            contains: [sessions]
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("sensitive-data-in-cache", Self.fires)
        ReviewHarness.expectSingle(findings, target: "c", at: "\n  c:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("sensitive-data-in-cache", Self.nearMiss).isEmpty)
    }
}
