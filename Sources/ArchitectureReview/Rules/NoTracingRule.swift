import ArchitectureAnalysis
import ArchitectureModel

/// `no-tracing`: a service on a multi-service workflow that drops the trace context.
struct NoTracingRule: Rule {
    let id = "no-tracing"
    let category = RuleCategory.observability
    let defaultSeverity = Severity.warning
    let summary = "A service in a workflow of two or more services does not propagate traces."
    let rationale = """
        A request that crosses services can only be followed end to end when every service \
        propagates the trace context; one gap breaks the trace, and latency or errors cannot be \
        attributed. microservices.io, "Pattern: Distributed tracing"; Sigelman et al., "Dapper" \
        (Google, 2010); Google SRE book, chapter 6 "Monitoring Distributed Systems".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        var workflows: [Int: [String]] = [:]
        for (workflow, graph) in zip(context.model.workflows, context.workflowGraphs) {
            guard let graph, graph.services.count >= 2 else { continue }
            for service in graph.services { workflows[service, default: []].append(workflow.name) }
        }
        return context.model.services.enumerated().compactMap { position, service in
            guard service.kind != .external, !service.tracing, let names = workflows[position] else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) takes part in \(Wording.list(names)) but does not propagate trace context; "
                    + "traces of \(names.count == 1 ? "that workflow" : "those workflows") break at it",
                fix: "set tracing: true and propagate W3C traceparent headers (OpenTelemetry) in \(service.name)",
                location: service.location
            )
        }
    }
}
