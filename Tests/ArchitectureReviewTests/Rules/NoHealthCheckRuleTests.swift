import ArchitectureReview
import Testing

/// `no-health-check`: fires on a service without health; quiet on a readiness path only, and an external service.
@Suite struct NoHealthCheckRuleTests {
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
        services:
          a:
            health: {readiness: /ready}
          ext:
            kind: external
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-health-check", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-health-check", Self.nearMiss).isEmpty)
    }
}
