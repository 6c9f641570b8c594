import ArchitectureModel

/// `saga-missing-compensation`: a saga step before the pivot that cannot be undone.
struct SagaMissingCompensationRule: Rule {
    let id = "saga-missing-compensation"
    let category = RuleCategory.transactions
    let defaultSeverity = Severity.error
    let summary = "A saga step before the pivot has no compensation."
    let rationale = """
        A saga replaces a distributed transaction by local ones; when a later step fails before the \
        pivot, every earlier step must be undone by its compensating transaction, or the system is \
        left half-done (a hotel held for a trip that was never booked). microservices.io, "Pattern: \
        Saga"; Garcia-Molina and Salem, "Sagas" (SIGMOD 1987); Richardson, Microservices Patterns, \
        chapter 4.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.workflows.flatMap { workflow -> [RuleViolation] in
            guard let saga = workflow.saga, let pivot = saga.pivotIndex else { return [] }
            let pivotName = saga.steps[pivot].name
            return saga.steps.prefix(pivot).filter { $0.compensation == nil }.map { step in
                RuleViolation(
                    subject: .sagaStep(workflow: workflow.name, step: step.name),
                    message:
                        "\(workflow.name): saga step \(step.name) (\(step.service)) runs before the pivot "
                        + "\(pivotName) but has no compensation; if a later step fails it cannot be undone",
                    fix:
                        "give \(step.name) a compensating action in \(step.service) (compensation: "
                        + "undo-\(step.name)), or move it after the pivot and make it retriable",
                    location: step.location
                )
            }
        }
    }
}
