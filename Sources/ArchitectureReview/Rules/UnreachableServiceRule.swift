import ArchitectureModel

/// `unreachable-service`: a service that no request or message ever reaches.
struct UnreachableServiceRule: Rule {
    let id = "unreachable-service"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.info
    let summary = "A service is no workflow's entry, has no caller and subscribes to nothing."
    let rationale = """
        A service nothing calls and no event wakes is dead weight or a gap in the model: it costs \
        replicas, and if real traffic reaches it, the model's load, availability and review miss \
        it. Batch jobs are exempt (a scheduler starts them). Fowler, "Sacrificial Architecture"; \
        Newman, Building Microservices, chapter 3.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let entries = Set(context.model.workflows.map(\.entry))
        return context.model.services.compactMap { service in
            guard service.kind != .external, service.kind != .batch, !service.exposed, service.subscribes.isEmpty,
                !entries.contains(service.name), !context.calledServices.contains(service.name)
            else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) is no workflow's entry, no service calls it and it subscribes to no topic; "
                    + "nothing in the model reaches it",
                fix:
                    "add the calls, subscriptions or workflow that reach \(service.name), mark it kind: batch if a "
                    + "scheduler runs it, or remove it",
                location: service.location
            )
        }
    }
}
