import ArchitectureReview
import Testing

/// `saga-step-not-retriable`: fires on a step after the pivot not retriable; quiet on the step retriable.
@Suite struct SagaStepNotRetriableRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a: {}
        workflows:
          w:
            entry: a
            saga:
              coordination: orchestrated
              orchestrator: a
              steps:
                - name: s1
                  service: a
                  pivot: true
                - name: s2
                  service: a
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a: {}
        workflows:
          w:
            entry: a
            saga:
              coordination: orchestrated
              orchestrator: a
              steps:
                - name: s1
                  service: a
                  pivot: true
                - name: s2
                  service: a
                  retriable: true
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("saga-step-not-retriable", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w/s2", at: "name: s2", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("saga-step-not-retriable", Self.nearMiss).isEmpty)
    }
}
