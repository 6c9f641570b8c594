import ArchitectureModel

/// `missing-timeout`: a synchronous call without a timeout.
struct MissingTimeoutRule: Rule {
    let id = "missing-timeout"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.error
    let summary = "A synchronous call has no timeout."
    let rationale = """
        Without a timeout a caller waits as long as the callee hangs: its threads and connections \
        fill up with stuck requests and the failure spreads upstream. Nygard, Release It! (2nd ed.), \
        "Timeouts" and "Cascading Failures"; Google SRE book, chapter 22.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard site.call.timeout == nil else { return nil }
            let calleeCalls = context.index.services[site.call.to].map { context.callsByService[$0] } ?? []
            let slowest = calleeCalls.compactMap { own in
                own.call.timeout.map { $0.seconds * Double(own.call.retries.attempts) }
            }
            .max()
            let advice =
                slowest.map {
                    "set a timeout above \(site.call.to)'s slowest own call with its retries "
                        + "(\(TimeSpanWording.seconds($0))) and below what \(site.caller.name)'s callers allow"
                } ?? "set a timeout a little above \(site.call.to)'s p99 latency, for example timeout: 500ms"
            return RuleViolation(
                target: site.target,
                message:
                    "\(site.caller.name) calls \(site.call.to) synchronously with no timeout; if \(site.call.to) "
                    + "hangs, \(site.caller.name)'s workers wait with it until they run out",
                fix: advice,
                location: site.call.location
            )
        }
    }
}
