import ArchitectureReview
import Testing

/// `no-decisions`: fires on no decisions (targets the system, at the system key); quiet on one decision.
@Suite struct NoDecisionsRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        decisions:
          - id: 1
            title: Use a monolith first
            status: accepted
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-decisions", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "system:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-decisions", Self.nearMiss).isEmpty)
    }
}
