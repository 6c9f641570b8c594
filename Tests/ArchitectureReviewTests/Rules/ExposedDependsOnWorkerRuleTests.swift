import ArchitectureReview
import Testing

/// `exposed-depends-on-worker`: fires on a gateway waiting on a worker; quiet on a gateway calling a plain service.
@Suite struct ExposedDependsOnWorkerRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
            calls:
              - to: w
          w:
            kind: worker
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
            calls:
              - to: w
          w: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("exposed-depends-on-worker", Self.fires)
        ReviewHarness.expectSingle(findings, target: "g->w", at: "to: w", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("exposed-depends-on-worker", Self.nearMiss).isEmpty)
    }
}
