import ArchitectureReview
import Testing

/// `deep-sync-chain`: fires on a path of 5 hops (6 services); quiet on a path of exactly 4 hops.
@Suite struct DeepSyncChainRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          s0:
            calls:
              - to: s1
          s1:
            calls:
              - to: s2
          s2:
            calls:
              - to: s3
          s3:
            calls:
              - to: s4
          s4:
            calls:
              - to: s5
          s5: {}
        workflows:
          w:
            entry: s0
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          s0:
            calls:
              - to: s1
          s1:
            calls:
              - to: s2
          s2:
            calls:
              - to: s3
          s3:
            calls:
              - to: s4
          s4: {}
        workflows:
          w:
            entry: s0
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("deep-sync-chain", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w", at: "\n  w:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("deep-sync-chain", Self.nearMiss).isEmpty)
    }

    @Test func maxDepthIsAParameter() throws {
        #expect(try ReviewHarness.findings("deep-sync-chain", Self.fires, parameters: ["max_depth": 5]).isEmpty)
    }
}
