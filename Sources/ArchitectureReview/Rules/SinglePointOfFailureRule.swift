import ArchitectureModel

/// `single-point-of-failure`: a one-replica component some workflow depends on hard.
struct SinglePointOfFailureRule: Rule {
    let id = "single-point-of-failure"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.error
    let summary = "A component with one replica is a hard dependency of some workflow."
    let rationale = """
        With one replica, every crash, deploy or host failure of that component is an outage of \
        every workflow that needs it, and its availability caps theirs. Redundancy is the first \
        resilience pattern. Google SRE book, chapter 3 "Embracing Risk"; Nygard, Release It!, \
        "Stability Patterns"; Hanmer, Patterns for Fault Tolerant Software, "Redundancy".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let single = PlacedComponent.all(in: context.model).filter { $0.placement.replicas == 1 }
        var slot: [String: Int] = [:]
        for (position, component) in single.enumerated() { slot[component.name] = position }
        // Only single-replica components can be findings: look up each dependency, append the hits.
        var dependents = [[String]](repeating: [], count: single.count)
        for (workflow, dependencies) in zip(context.model.workflows, context.hardDependencies) {
            for name in dependencies {
                if let position = slot[name] { dependents[position].append(workflow.name) }
            }
        }
        let zones = context.model.zones.names
        let spread = zones.count >= 2 ? ", zones: [\(zones.prefix(2).joined(separator: ", "))]" : ""
        return zip(single, dependents).compactMap { component, workflows in
            guard !workflows.isEmpty else { return nil }
            return RuleViolation(
                subject: .component(component.name),
                message:
                    "\(component.name) (\(component.type)) has 1 replica and is a hard dependency of "
                    + "\(Wording.list(workflows)); when it is down, so \(workflows.count == 1 ? "is" : "are") "
                    + "\(workflows.count == 1 ? "that workflow" : "those workflows")",
                fix:
                    "run at least 2 replicas (replicas: 2\(spread)), or make the dependency soft with a fallback "
                    + "or a cache",
                location: component.location
            )
        }
    }
}
