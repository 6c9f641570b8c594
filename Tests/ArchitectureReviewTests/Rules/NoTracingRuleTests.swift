import ArchitectureReview
import Testing

/// `no-tracing`: fires on a callee without tracing in a two-service workflow; quiet on a one-service workflow.
@Suite struct NoTracingRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            tracing: true
            calls:
              - to: b
          b: {}
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
            tracing: true
          b: {}
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-tracing", Self.fires)
        ReviewHarness.expectSingle(findings, target: "b", at: "\n  b:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-tracing", Self.nearMiss).isEmpty)
    }
}
