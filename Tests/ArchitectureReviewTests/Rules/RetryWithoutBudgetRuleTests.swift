import ArchitectureReview
import Testing

/// `retry-without-budget`: fires on retries without budget; quiet on a 10% budget.
@Suite struct RetryWithoutBudgetRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: 1
          b: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: {max: 1, budget: 10%}
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("retry-without-budget", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("retry-without-budget", Self.nearMiss).isEmpty)
    }
}
