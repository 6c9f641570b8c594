import ArchitectureModel

/// `entry-not-exposed`: a workflow whose entry cannot receive external requests.
struct EntryNotExposedRule: Rule {
    let id = "entry-not-exposed"
    let category = RuleCategory.security
    let defaultSeverity = Severity.info
    let summary = "A workflow's entry service is not exposed."
    let rationale = """
        A workflow is an external request, so its entry is an edge of the system. An entry that is \
        not exposed means either the model omits the real edge (a gateway with its own auth and \
        limits that no rule sees) or an internal service is reachable from outside. \
        microservices.io, "Pattern: API Gateway"; NIST SP 800-204.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.workflows.compactMap { workflow in
            guard let entry = context.service(workflow.entry), entry.kind != .external, !entry.exposed else {
                return nil
            }
            return RuleViolation(
                subject: .workflow(workflow.name),
                message:
                    "\(workflow.name) enters at \(entry.name), which is not exposed; the model does not show how "
                    + "external requests reach it",
                fix:
                    "set exposed: true on \(entry.name) (with auth and a rate limit), or model the gateway in front "
                    + "of it and make that the entry",
                location: workflow.location
            )
        }
    }
}
