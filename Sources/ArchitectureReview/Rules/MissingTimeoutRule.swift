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
            let callee = context.index.services[site.call.to]
            let slowest = callee.flatMap { context.longestWait[$0]?.seconds }
            let p99 = callee.flatMap { context.model.services[$0].serving.serviceTimeP99 }
            let advice: String
            if let slowest {
                advice =
                    "set a timeout above the slowest own call of \(site.call.to) with its retries "
                    + "(\(TimeSpanWording.seconds(slowest))), and below what the callers of \(site.callerName) allow"
            } else if let p99 {
                advice =
                    "set a timeout a few times the p99 of \(site.call.to) (\(p99)), for example timeout: "
                    + TimeSpanWording.seconds(p99.seconds * 3)
            } else {
                advice =
                    "set a timeout a few times the p99 latency measured for \(site.call.to), below what the callers "
                    + "of \(site.callerName) allow"
            }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.callerName) calls \(site.call.to) synchronously with no timeout; if \(site.call.to) "
                    + "hangs, the workers of \(site.callerName) wait with it until they run out",
                fix: advice,
                location: site.call.location
            )
        }
    }
}
