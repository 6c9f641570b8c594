import ArchitectureReview
import Testing

/// `saga-step-outside-workflow`: fires on an orchestrated step in a service the workflow never reaches; quiet on the same steps choreographed (reached by events).
@Suite struct SagaStepOutsideWorkflowRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
          b: {}
          c: {}
        workflows:
          w:
            entry: a
            saga:
              coordination: orchestrated
              orchestrator: a
              steps:
                - name: s1
                  service: b
                  compensation: undo
                - name: s2
                  service: c
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
          b: {}
          c: {}
        workflows:
          w:
            entry: a
            saga:
              coordination: choreographed
              steps:
                - name: s1
                  service: b
                  compensation: undo
                - name: s2
                  service: c
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("saga-step-outside-workflow", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w/s2", at: "name: s2", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("saga-step-outside-workflow", Self.nearMiss).isEmpty)
    }
}
