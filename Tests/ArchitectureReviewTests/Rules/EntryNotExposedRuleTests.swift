import ArchitectureReview
import Testing

/// `entry-not-exposed`: fires on an internal entry; quiet on an exposed entry.
@Suite struct EntryNotExposedRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            exposed: false
        workflows:
          w:
            entry: a
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            exposed: true
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("entry-not-exposed", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w", at: "\n  w:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("entry-not-exposed", Self.nearMiss).isEmpty)
    }
}
