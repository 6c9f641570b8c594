import ArchitectureReview
import Testing

/// `timeout-inversion`: fires on T = 2s against 500ms x 4 attempts = 2s (the boundary fires); quiet on T = 2001ms, just above the callee's 2s (a callee call without timeout is ignored).
@Suite struct TimeoutInversionRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                timeout: 2s
          b:
            calls:
              - to: c
                timeout: 500ms
                retries: 3
              - to: c
          c: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                timeout: 2001ms
          b:
            calls:
              - to: c
                timeout: 500ms
                retries: 3
              - to: c
          c: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("timeout-inversion", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("timeout-inversion", Self.nearMiss).isEmpty)
    }
}
