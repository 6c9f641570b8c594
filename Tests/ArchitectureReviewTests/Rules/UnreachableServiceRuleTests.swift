import ArchitectureReview
import Testing

/// `unreachable-service`: fires on a service nothing reaches; quiet on a batch job.
@Suite struct UnreachableServiceRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            kind: batch
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("unreachable-service", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("unreachable-service", Self.nearMiss).isEmpty)
    }
}
