import ArchitectureModel

/// `retry-without-backoff`: retries not spread out by exponential backoff with jitter.
struct RetryWithoutBackoffRule: Rule {
    let id = "retry-without-backoff"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "A call retries without exponential backoff and jitter."
    let rationale = """
        Immediate or fixed-interval retries from many callers arrive in synchronized waves and hit a \
        recovering service with several times its normal load. Exponential backoff spaces them, \
        jitter desynchronizes them. Google SRE book, chapter 22; AWS Architecture Blog, "Exponential \
        Backoff And Jitter" (Brooker, 2015).
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            let retries = site.call.retries
            guard retries.max > 0, retries.backoff != .exponential || !retries.jitter else { return nil }
            let missing = [
                retries.backoff == .exponential ? nil : retries.backoff == .none ? "no backoff" : "constant backoff",
                retries.jitter ? nil : "no jitter",
            ].compactMap { $0 }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target) retries up to \(Wording.count(retries.max, "time")) with "
                    + "\(missing.joined(separator: " and ")); callers retry in lockstep against a struggling "
                    + "\(site.call.to)",
                fix:
                    "write retries: {max: \(retries.max), backoff: exponential, base: "
                    + "\(retries.base), jitter: true}",
                location: site.call.location
            )
        }
    }
}
