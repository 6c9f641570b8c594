import ArchitectureReview
import Testing

/// `non-idempotent-retry`: fires on a retried call not marked idempotent; quiet on the same call marked idempotent.
@Suite struct NonIdempotentRetryRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: 1
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
                retries: 1
                idempotent: true
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("non-idempotent-retry", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("non-idempotent-retry", Self.nearMiss).isEmpty)
    }
}
