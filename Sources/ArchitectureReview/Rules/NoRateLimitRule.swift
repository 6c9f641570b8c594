import ArchitectureModel
import ArchitectureOutput

/// `no-rate-limit`: an exposed service that admits any request rate.
struct NoRateLimitRule: Rule {
    let id = "no-rate-limit"
    let category = RuleCategory.security
    let defaultSeverity = Severity.warning
    let summary = "An exposed service has no rate limit."
    let rationale = """
        Without a rate limit one client (a bug, a scraper, an attacker) can send more than the \
        system can serve and take it down for everybody. OWASP API Security Top 10, API4:2023 \
        "Unrestricted Resource Consumption"; Google SRE book, chapter 21 "Handling Overload"; \
        microservices.io, "Pattern: API Gateway".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let peak = context.model.system.requirements.peakRPS
        let growth = context.model.system.requirements.growth
        return context.model.services.compactMap { service in
            guard service.kind != .external, service.exposed, service.rateLimit == nil else { return nil }
            let suggestion =
                peak > 0
                ? "for example rate_limit: \(NumberText.decimal((peak * growth).rounded(.up))) (peak_rps x growth)"
                : "sized a little above its expected peak"
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) is exposed with no rate limit; one client can flood it and everything behind it",
                fix: "set rate_limit on \(service.name), \(suggestion), and per-client quotas where clients are known",
                location: service.location
            )
        }
    }
}
