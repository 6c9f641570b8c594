import ArchitectureReview
import Testing

/// `chatty-call`: fires on the second call between a pair, with per_request 6 (target #2); quiet on per_request exactly 5.
@Suite struct ChattyCallRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                per_request: 1
              - to: b
                per_request: 6
          b: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                per_request: 5
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("chatty-call", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b#2", at: "to: b\n        per_request: 6", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("chatty-call", Self.nearMiss).isEmpty)
    }
}
