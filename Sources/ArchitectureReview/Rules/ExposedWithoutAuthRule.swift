import ArchitectureModel

/// `exposed-without-auth`: a service reachable from outside that does not authenticate callers.
struct ExposedWithoutAuthRule: Rule {
    let id = "exposed-without-auth"
    let category = RuleCategory.security
    let defaultSeverity = Severity.error
    let summary = "An exposed service has `auth: none` or no auth."
    let rationale = """
        A service reachable from the internet without caller authentication lets anyone call it: \
        data leaks, fraud and abuse. OWASP API Security Top 10, API2:2023 "Broken Authentication"; \
        microservices.io, "Pattern: Access Token"; NIST SP 800-204, "Security Strategies for \
        Microservices-based Application Systems".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.services.compactMap { service in
            guard service.kind != .external, service.exposed, service.auth == nil || service.auth == Service.Auth.none
            else { return nil }
            let stated = service.auth == nil ? "declares no auth" : "has auth: none"
            return RuleViolation(
                subject: .component(service.name),
                message: "\(service.name) is exposed outside the system and \(stated); anyone can call it",
                fix: "authenticate callers at \(service.name): auth: oauth2 or jwt for users, apikey for partners",
                location: service.location
            )
        }
    }
}
