import ArchitectureReview
import Testing

/// `saturated`: fires on utilization exactly 1 (100 rps x 10ms on one server); quiet on utilization 0.99.
@Suite struct SaturatedRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
          requirements:
            peak_rps: 100
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
            peak_rps: 99
        services:
          a:
            service_time: 10ms
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("saturated", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("saturated", Self.nearMiss).isEmpty)
    }
}
