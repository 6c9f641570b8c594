import ArchitectureReview
import Testing

/// `retry-amplification`: fires on 3 x 3 = 9 attempts; quiet on 2 x 4 = 8 attempts, the limit.
@Suite struct RetryAmplificationRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: 2
          b:
            calls:
              - to: c
                retries: 2
          c: {}
        workflows:
          w:
            entry: a
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
          b:
            calls:
              - to: c
                retries: 3
          c: {}
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("retry-amplification", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w", at: "\n  w:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("retry-amplification", Self.nearMiss).isEmpty)
    }
}
