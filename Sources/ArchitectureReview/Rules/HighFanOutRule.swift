import ArchitectureModel

/// `high-fan-out`: a service calls too many distinct services synchronously.
struct HighFanOutRule: Rule {
    let id = "high-fan-out"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A service calls more than 6 distinct services synchronously."
    let rationale = """
        A request that needs many services is up only when all of them are: availability is the \
        product of theirs, and its latency is set by the slowest. A high fan-out usually means the \
        service knows too much (a god service). Nygard, Release It!, "Integration Points"; Dean and \
        Barroso, "The Tail at Scale" (CACM 2013).
        """
    let parameters = [
        RuleParameter(name: "max_fan_out", defaultValue: 6, description: "Distinct synchronous callees allowed.")
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings.integer("max_fan_out")
        return context.model.services.compactMap { service in
            var seen: Set<String> = []
            let callees = service.calls.map(\.to).filter { seen.insert($0).inserted }
            guard callees.count > limit else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) calls \(callees.count) distinct services synchronously (limit \(limit)): "
                    + Wording.list(callees, limit: 12),
                fix:
                    "bring it to \(limit) or fewer: group related callees behind one service, read rarely "
                    + "changing data from events or a cache, or move work to subscribers of an event",
                location: service.location
            )
        }
    }
}
