import ArchitectureModel

/// `non-idempotent-retry`: a call retried although repeating it is not safe.
struct NonIdempotentRetryRule: Rule {
    let id = "non-idempotent-retry"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.error
    let summary = "A call retries and is not `idempotent: true`."
    let rationale = """
        A timeout does not say whether the callee did the work: retrying a non-idempotent call can \
        charge a card twice or book two rooms. Retry only what is safe to repeat, for example with an \
        idempotency key. microservices.io, "Pattern: Idempotent Consumer"; Google SRE book, \
        chapter 22; Stripe, "Designing robust and predictable APIs with idempotency".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard site.call.retries.max > 0, !site.call.idempotent else { return nil }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target) retries up to \(Wording.count(site.call.retries.max, "time")) but is not "
                    + "idempotent; a retry after a timeout can make \(site.call.to) do the work twice",
                fix:
                    "make the call idempotent (send an idempotency key that \(site.call.to) deduplicates on) and "
                    + "set idempotent: true, or set retries: 0",
                location: site.call.location
            )
        }
    }
}
