import ArchitectureReview
import Testing

/// `missing-circuit-breaker`: fires on a hard call without a breaker; quiet on a soft call (with a fallback) without a breaker.
@Suite struct MissingCircuitBreakerRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
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
                fallback: cached
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("missing-circuit-breaker", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("missing-circuit-breaker", Self.nearMiss).isEmpty)
    }
}
