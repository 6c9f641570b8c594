import ArchitectureReview
import Testing

/// `no-metrics`: fires on a service without metrics; quiet on an external service.
@Suite struct NoMetricsRuleTests {
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
            kind: external
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-metrics", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-metrics", Self.nearMiss).isEmpty)
    }
}
