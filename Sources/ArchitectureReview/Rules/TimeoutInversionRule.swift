import ArchitectureModel

/// `timeout-inversion`: a caller gives up while its callee is still waiting on its own calls.
struct TimeoutInversionRule: Rule {
    let id = "timeout-inversion"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.error
    let summary = "A call's timeout T is at most t x (1 + r) of some call its callee makes (timeout t, r retries)."
    let rationale = """
        When A's timeout to B is no longer than B's own worst wait on C (t per attempt, 1 + r \
        attempts), A abandons requests that B is still working on: the work is wasted, A retries \
        into a busy B, and the load grows exactly when the system is slow. Timeouts should shrink \
        down a call chain. Google SRE book, chapter 22 ("deadline propagation"); Nygard, Release \
        It!, "Timeouts".
        """

    /// Boundaries are compared with a relative tolerance, so 4 x 500ms against 2s is an inversion.
    private static let tolerance = 1e-9

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard let timeout = site.call.timeout, let callee = context.index.services[site.call.to] else { return nil }
            let worst = context.longestWait[callee]
            guard let worst, worst.seconds >= timeout.seconds * (1 - Self.tolerance) else { return nil }
            let inner = worst.site.call
            let attempts = inner.retries.attempts
            let waitText = TimeSpanWording.seconds(worst.seconds)
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target): timeout \(timeout) <= \(worst.site.target) timeout \(inner.timeout?.description ?? "")"
                    + " x \(Wording.count(attempts, "attempt")) = \(waitText); \(site.callerName) gives up while "
                    + "\(site.call.to) is still waiting on \(inner.to)",
                fix:
                    "raise the timeout of \(site.target) above \(waitText), or make \(worst.site.target) finish "
                    + "within \(timeout) (a shorter timeout or fewer retries)",
                location: site.call.location
            )
        }
    }
}
