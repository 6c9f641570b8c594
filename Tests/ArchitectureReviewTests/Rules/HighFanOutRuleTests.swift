import ArchitectureReview
import Testing

/// `high-fan-out`: fires on 7 distinct callees; quiet on 6 distinct callees in 7 calls.
@Suite struct HighFanOutRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          hub:
            calls:
              - to: t0
              - to: t1
              - to: t2
              - to: t3
              - to: t4
              - to: t5
              - to: t6
          t0: {}
          t1: {}
          t2: {}
          t3: {}
          t4: {}
          t5: {}
          t6: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          hub:
            calls:
              - to: t0
              - to: t1
              - to: t2
              - to: t3
              - to: t4
              - to: t5
              - to: t0
          t0: {}
          t1: {}
          t2: {}
          t3: {}
          t4: {}
          t5: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("high-fan-out", Self.fires)
        ReviewHarness.expectSingle(findings, target: "hub", at: "\n  hub:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("high-fan-out", Self.nearMiss).isEmpty)
    }
}
