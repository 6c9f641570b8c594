import ArchitectureModel

/// `sync-cycle`: one finding per elementary cycle of synchronous calls.
struct SyncCycleRule: Rule {
    let id = "sync-cycle"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.error
    let summary = "Synchronous calls form a cycle."
    let rationale = """
        A request that travels a cycle can wait on itself: one slow member holds threads in every \
        other member until all of them time out, and no member can be deployed, scaled or reasoned \
        about alone (a distributed monolith). Analysis cannot give such a workflow load or latency \
        figures. See microservices.io, "Pattern: Database per service" and "Pattern: Saga" on \
        replacing synchronous back-calls with events, and Nygard, Release It! (2nd ed.), \
        "Cascading Failures".
        """
    let parameters = [
        RuleParameter(
            name: "max_cycles",
            defaultValue: 100,
            description: "Elementary cycles listed at most; beyond it the last finding says listing stopped."
        )
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let services = context.model.services
        let successors = services.map { service in service.calls.compactMap { context.index.services[$0.to] } }
        var rank = [Int](repeating: 0, count: services.count)
        for (position, service) in services.indices.sorted(by: { services[$0].name < services[$1].name }).enumerated() {
            rank[service] = position
        }
        let limit = max(1, settings.integer("max_cycles"))
        let listing = ElementaryCycles(successors: successors, rank: rank, limit: limit)
        var violations = listing.cycles.map { cycle in
            let names = cycle.map { services[$0].name }
            let first = services[cycle[0]]
            guard names.count > 1 else {
                return RuleViolation(
                    subject: .cycle(names),
                    message:
                        "\(names[0]) calls itself synchronously; every such request holds a second worker of "
                        + "\(names[0]) while it waits on itself",
                    fix:
                        "do the work in-process instead of calling \(names[0]) again, or hand it over through an event",
                    location: first.calls.first { $0.to == names[0] }?.location ?? first.location
                )
            }
            return RuleViolation(
                subject: .cycle(names),
                message:
                    "synchronous calls form a cycle of \(names.count) services: "
                    + (names + [names[0]]).joined(separator: " -> ")
                    + "; a request can end up waiting on itself, and one slow member stalls every other",
                fix:
                    "break the cycle: replace one call (for example \(names[names.count - 1])->\(names[0])) with an "
                    + "event the callee subscribes to, or move the logic both sides need into one service",
                location: first.calls.first { $0.to == names[1] }?.location ?? first.location
            )
        }
        if listing.isCapped, let last = violations.indices.last {
            violations[last].message +=
                " (cycle listing stopped at \(limit); there are more, raise max_cycles to see them)"
        }
        return violations
    }
}
