import ArchitectureModel
import ArchitectureOutput

/// `chatty-call`: one request makes many calls to the same callee (N+1).
struct ChattyCallRule: Rule {
    let id = "chatty-call"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A call has `per_request` greater than 5."
    let rationale = """
        A call repeated per item (the N+1 pattern) multiplies the callee's load and the caller's \
        latency by the item count, and makes a slow callee slow every request. Batch or aggregate \
        instead. Fowler, Patterns of Enterprise Application Architecture, "Remote Facade" and "Data \
        Transfer Object"; microservices.io, "Pattern: API Composition".
        """
    let parameters = [
        RuleParameter(name: "max_per_request", defaultValue: 5, description: "Calls per request allowed.")
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings["max_per_request"]
        return context.calls.compactMap { site in
            guard site.call.perRequest > limit else { return nil }
            let times = NumberText.decimal(site.call.perRequest)
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.callerName) calls \(site.call.to) \(times) times per request (limit "
                    + "\(NumberText.decimal(limit))): \(site.call.to) gets \(times)x the load and "
                    + "\(site.callerName) waits \(times) round trips",
                fix:
                    "replace the \(times) calls with one batch call (per_request: 1) that takes every item, "
                    + "or cache the answers of \(site.call.to) in \(site.callerName)",
                location: site.call.location
            )
        }
    }
}
