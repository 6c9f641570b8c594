import ArchitectureReview
import Testing

/// `no-readiness-probe`: fires on liveness only; quiet on both paths.
@Suite struct NoReadinessProbeRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            health: {liveness: /healthz}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            health: {liveness: /healthz, readiness: /ready}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-readiness-probe", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-readiness-probe", Self.nearMiss).isEmpty)
    }
}
