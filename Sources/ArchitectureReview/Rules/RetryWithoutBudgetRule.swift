import ArchitectureModel

/// `retry-without-budget`: retries with no cap on their share of the traffic.
struct RetryWithoutBudgetRule: Rule {
    let id = "retry-without-budget"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.info
    let summary = "A call retries without a retry budget."
    let rationale = """
        Per-request retry limits still triple the load on a callee that fails every request. A \
        retry budget (retries at most, say, 10% of requests) keeps retries helpful for blips and \
        harmless in outages. Google SRE book, chapter 22 ("per-client retry budget"); Finagle and \
        Envoy retry budgets.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard site.call.retries.max > 0, site.call.retries.budget == nil else { return nil }
            let attempts = site.call.retries.attempts
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target) retries with no budget; when \(site.call.to) fails every request it gets up to "
                    + "\(attempts)x its normal load",
                fix: "add budget: 10% to the retries of \(site.target), so retries stop when most requests fail",
                location: site.call.location
            )
        }
    }
}
