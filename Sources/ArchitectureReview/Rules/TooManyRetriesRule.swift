import ArchitectureModel

/// `too-many-retries`: one call retried more than a few times.
struct TooManyRetriesRule: Rule {
    let id = "too-many-retries"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "A call retries more than 3 times."
    let rationale = """
        After two or three failures another attempt rarely succeeds; it only adds load and delays \
        the caller's own answer. Fail fast and let a circuit breaker or the user decide. Google SRE \
        book, chapter 22; Nygard, Release It!, "Fail Fast".
        """
    let parameters = [
        RuleParameter(name: "max_retries", defaultValue: 3, description: "Retries allowed on one call.")
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings.integer("max_retries")
        return context.calls.compactMap { site in
            guard site.call.retries.max > limit else { return nil }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.target) retries up to \(site.call.retries.max) times (limit \(limit)); later attempts "
                    + "mostly add load to a failing \(site.call.to)",
                fix: "set retries to \(limit) or fewer and rely on a circuit breaker for longer outages",
                location: site.call.location
            )
        }
    }
}
