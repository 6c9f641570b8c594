import ArchitectureReview
import Testing

/// `single-point-of-failure`: fires on a one-replica callee of a hard call; quiet on the same callee behind a fallback (and a one-replica external entry).
@Suite struct SinglePointOfFailureRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            replicas: 2
            calls:
              - to: b
          b: {}
          ext:
            kind: external
        workflows:
          w:
            entry: a
          x:
            entry: ext
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            replicas: 2
            calls:
              - to: b
                fallback: default
          b: {}
          ext:
            kind: external
        workflows:
          w:
            entry: a
          x:
            entry: ext
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("single-point-of-failure", Self.fires)
        ReviewHarness.expectSingle(findings, target: "b", at: "\n  b:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("single-point-of-failure", Self.nearMiss).isEmpty)
    }
}
