import ArchitectureReview
import Testing

/// `latency-over-target`: fires on a 10.1ms mean against a 10ms target; quiet on an 11ms target.
@Suite struct LatencyOverTargetRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
          requirements:
            peak_rps: 1
            latency_p99: 10ms
        services:
          a:
            service_time: 10ms
        workflows:
          w:
            entry: a
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
          requirements:
            peak_rps: 1
            latency_p99: 11ms
        services:
          a:
            service_time: 10ms
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("latency-over-target", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w", at: "\n  w:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("latency-over-target", Self.nearMiss).isEmpty)
    }
}
