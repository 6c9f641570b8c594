import ArchitectureModel

/// `single-zone`: several replicas, all in one zone, though the model has several zones.
struct SingleZoneRule: Rule {
    let id = "single-zone"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary =
        "A component with two or more replicas has them all in one zone while the model has two or more zones."
    let rationale = """
        Replicas protect against a replica failing, not against their shared zone failing: a zone \
        (data center, availability zone) outage takes them all down at once. Spread replicas over \
        failure domains. Google SRE book, chapter 26 ("failure domains"); AWS Well-Architected \
        Reliability Pillar, "Deploy the workload to multiple locations".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let zones = context.model.zones.names
        guard zones.count >= 2 else { return [] }
        return PlacedComponent.all(in: context.model).compactMap { component in
            let occupied = Set(component.occupiedZones)
            guard component.placement.replicas >= 2, occupied.count == 1, let zone = occupied.first else { return nil }
            let spread = zones.prefix(min(component.placement.replicas, zones.count)).joined(separator: ", ")
            return RuleViolation(
                subject: .component(component.name),
                message:
                    "\(component.name) runs \(component.placement.replicas) replicas, all in zone \(zone), while "
                    + "the model has \(zones.count) zones; an outage of \(zone) takes every replica down",
                fix: "spread the replicas over zones: zones: [\(spread)]",
                location: component.location
            )
        }
    }
}
