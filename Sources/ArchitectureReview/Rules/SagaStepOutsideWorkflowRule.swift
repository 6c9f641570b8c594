import ArchitectureAnalysis
import ArchitectureModel

/// `saga-step-outside-workflow`: an orchestrated saga step the orchestrator never calls.
struct SagaStepOutsideWorkflowRule: Rule {
    let id = "saga-step-outside-workflow"
    let category = RuleCategory.transactions
    let defaultSeverity = Severity.warning
    let summary = "A step of an orchestrated saga runs in a service outside the workflow's call graph."
    let rationale = """
        In an orchestrated saga the orchestrator invokes every step; a step whose service the \
        workflow never reaches is either missing from `steps` (so load, latency and availability \
        ignore it) or not really part of the saga. microservices.io, "Pattern: Saga" \
        (orchestration); Richardson, Microservices Patterns, chapter 4.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        zip(context.model.workflows, context.workflowGraphs).flatMap { workflow, graph -> [RuleViolation] in
            guard let graph, let saga = workflow.saga, saga.coordination == .orchestrated else { return [] }
            let reached = Set(graph.services.map { context.model.services[$0].name })
            return saga.steps.filter { !reached.contains($0.service) }.map { step in
                RuleViolation(
                    subject: .sagaStep(workflow: workflow.name, step: step.name),
                    message:
                        "\(workflow.name): saga step \(step.name) runs in \(step.service), which the workflow's call "
                        + "graph (\(Wording.count(reached.count, "service"))) never reaches",
                    fix:
                        "add the call that reaches \(step.service) to the workflow's steps (for example "
                        + "\(saga.orchestrator ?? workflow.entry) -> \(step.service)), or remove the step",
                    location: step.location
                )
            }
        }
    }
}
