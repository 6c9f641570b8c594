import ArchitectureModel

/// `exposed-depends-on-worker`: a user-facing service waits synchronously on a worker or batch job.
struct ExposedDependsOnWorkerRule: Rule {
    let id = "exposed-depends-on-worker"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "An exposed service makes a hard synchronous call to a `worker` or `batch` service."
    let rationale = """
        Workers and batch jobs are built for throughput, not latency: they are scaled for queues, \
        paused for deploys and busy during runs. A user-facing request that waits on one inherits \
        its pauses. Hand work to them through a queue. Hohpe and Woolf, Enterprise Integration \
        Patterns, "Competing Consumers"; microservices.io, "Pattern: Messaging".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard context.model.services[site.callerIndex].exposed, site.call.isHard,
                let callee = context.service(site.call.to),
                callee.kind == .worker || callee.kind == .batch
            else { return nil }
            return RuleViolation(
                subject: site.subject,
                message:
                    "the exposed \(site.callerName) waits synchronously (hard call) on \(callee.name), a "
                    + "\(callee.kind.rawValue); user requests stall whenever it is busy or paused",
                fix:
                    "publish the work to a topic \(callee.name) subscribes to and answer the user at once, or "
                    + "give the call a fallback",
                location: site.call.location
            )
        }
    }
}
