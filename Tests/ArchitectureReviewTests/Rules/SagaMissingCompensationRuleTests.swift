import ArchitectureReview
import Testing

/// `saga-missing-compensation`: fires on a step before the pivot without compensation; quiet on the step with a compensation.
@Suite struct SagaMissingCompensationRuleTests {
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
                - name: s2
                  service: a
                  pivot: true
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
                  compensation: undo
                - name: s2
                  service: a
                  pivot: true
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("saga-missing-compensation", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w/s1", at: "name: s1", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("saga-missing-compensation", Self.nearMiss).isEmpty)
    }
}
