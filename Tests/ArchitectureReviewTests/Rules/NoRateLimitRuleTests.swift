import ArchitectureReview
import Testing

/// `no-rate-limit`: fires on an exposed service without a rate limit; quiet on a rate limit.
@Suite struct NoRateLimitRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
            rate_limit: 100
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-rate-limit", Self.fires)
        ReviewHarness.expectSingle(findings, target: "g", at: "\n  g:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-rate-limit", Self.nearMiss).isEmpty)
    }
}
