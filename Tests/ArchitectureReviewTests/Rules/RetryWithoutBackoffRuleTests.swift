import ArchitectureReview
import Testing

/// `retry-without-backoff`: fires on exponential backoff without jitter; quiet on exponential backoff with jitter.
@Suite struct RetryWithoutBackoffRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: {max: 2, backoff: exponential}
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
                retries: {max: 2, backoff: exponential, jitter: true}
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("retry-without-backoff", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("retry-without-backoff", Self.nearMiss).isEmpty)
    }
}
