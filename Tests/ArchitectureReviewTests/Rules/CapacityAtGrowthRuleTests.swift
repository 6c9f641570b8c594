import ArchitectureReview
import Testing

/// `capacity-at-growth`: fires on 2 replicas needed at 2x growth, 1 allowed; quiet on 2 replicas.
@Suite struct CapacityAtGrowthRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
          requirements:
            peak_rps: 50
            growth: 2
        services:
          a:
            service_time: 10ms
            replicas: 1
        workflows:
          w:
            entry: a
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
          requirements:
            peak_rps: 50
            growth: 2
        services:
          a:
            service_time: 10ms
            replicas: 2
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("capacity-at-growth", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("capacity-at-growth", Self.nearMiss).isEmpty)
    }
}
