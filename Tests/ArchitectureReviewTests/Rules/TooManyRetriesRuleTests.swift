import ArchitectureReview
import Testing

/// `too-many-retries`: fires on 4 retries; quiet on 3 retries, the limit.
@Suite struct TooManyRetriesRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
                retries: 4
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
                retries: 3
          b: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("too-many-retries", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->b", at: "to: b", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("too-many-retries", Self.nearMiss).isEmpty)
    }
}
