import ArchitectureReview
import Testing

/// `missing-timeout`: fires on a call without a timeout; quiet on the call with a timeout.
@Suite struct MissingTimeoutRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
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
                timeout: 1s
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("missing-timeout", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("missing-timeout", Self.nearMiss).isEmpty)
    }
}
