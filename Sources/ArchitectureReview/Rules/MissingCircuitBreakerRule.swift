import ArchitectureModel

/// `missing-circuit-breaker`: a hard call without a circuit breaker.
struct MissingCircuitBreakerRule: Rule {
    let id = "missing-circuit-breaker"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "A hard synchronous call has no circuit breaker."
    let rationale = """
        Without a breaker, a caller keeps sending requests to a failing callee and waits out every \
        timeout; a breaker fails fast, sheds load from the callee and lets it recover. Nygard, \
        Release It! (2nd ed.), "Circuit Breaker"; Fowler, "CircuitBreaker" (martinfowler.com).
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard site.call.isHard, site.call.circuitBreaker == nil else { return nil }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target) is a hard call without a circuit breaker; while \(site.call.to) fails, every "
                    + "request from \(site.callerName) still waits for it",
                fix:
                    "add circuit_breaker: {failure_rate: 50%, min_calls: 20, open_for: 30s} to the call, and a "
                    + "fallback if \(site.callerName) can answer without \(site.call.to)",
                location: site.call.location
            )
        }
    }
}
