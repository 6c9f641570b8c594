import ArchitectureReview
import Testing

/// `over-budget`: fires on 200 per month against a budget of 150; quiet on a budget of exactly 200.
@Suite struct OverBudgetRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
          requirements:
            budget_monthly: 150
        services:
          a:
            replicas: 2
            cost_per_replica: 100
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
          requirements:
            budget_monthly: 200
        services:
          a:
            replicas: 2
            cost_per_replica: 100
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("over-budget", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "system:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("over-budget", Self.nearMiss).isEmpty)
    }
}
