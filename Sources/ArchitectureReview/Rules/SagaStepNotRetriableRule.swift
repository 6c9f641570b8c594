import ArchitectureModel

/// `saga-step-not-retriable`: a saga step after the pivot that may give up.
struct SagaStepNotRetriableRule: Rule {
    let id = "saga-step-not-retriable"
    let category = RuleCategory.transactions
    let defaultSeverity = Severity.warning
    let summary = "A saga step after the pivot is not `retriable: true`."
    let rationale = """
        After the pivot a saga can only go forward: the steps that follow must eventually succeed, \
        so each must be retriable (idempotent, retried until done). A step that can fail for good \
        leaves a committed saga unfinished (a charged card without an invoice). microservices.io, \
        "Pattern: Saga"; Richardson, Microservices Patterns, chapter 4 ("pivot and retriable \
        transactions").
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.workflows.flatMap { workflow -> [RuleViolation] in
            guard let saga = workflow.saga, let pivot = saga.pivotIndex else { return [] }
            let pivotName = saga.steps[pivot].name
            return saga.steps.suffix(from: pivot + 1).filter { !$0.retriable }.map { step in
                RuleViolation(
                    subject: .sagaStep(workflow: workflow.name, step: step.name),
                    message:
                        "\(workflow.name): saga step \(step.name) (\(step.service)) runs after the pivot "
                        + "\(pivotName) but is not retriable; if it fails the saga can neither finish nor roll back",
                    fix:
                        "make \(step.name) idempotent in \(step.service) and set retriable: true, so it is "
                        + "retried until it succeeds",
                    location: step.location
                )
            }
        }
    }
}
