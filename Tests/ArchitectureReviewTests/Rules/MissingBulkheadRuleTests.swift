import ArchitectureReview
import Testing

/// `missing-bulkhead`: fires on 4 hard callees and no max_in_flight; quiet on 3 hard callees and a soft one.
@Suite struct MissingBulkheadRuleTests {
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
          t0: {}
          t1: {}
          t2: {}
          t3: {}
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
                fallback: cached
          t0: {}
          t1: {}
          t2: {}
          t3: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("missing-bulkhead", Self.fires)
        ReviewHarness.expectSingle(findings, target: "hub", at: "\n  hub:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("missing-bulkhead", Self.nearMiss).isEmpty)
    }
}
