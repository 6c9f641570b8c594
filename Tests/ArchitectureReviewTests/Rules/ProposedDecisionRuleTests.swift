import ArchitectureReview
import Testing

/// `proposed-decision`: fires on a proposed decision; quiet on an accepted one.
@Suite struct ProposedDecisionRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        decisions:
          - id: 7
            title: Adopt gRPC
            status: proposed
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        decisions:
          - id: 7
            title: Adopt gRPC
            status: accepted
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("proposed-decision", Self.fires)
        ReviewHarness.expectSingle(findings, target: "decision-7", at: "id: 7", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("proposed-decision", Self.nearMiss).isEmpty)
    }
}
