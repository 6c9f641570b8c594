import ArchitectureModel

/// `no-service-auth`: an internal service that accepts any caller.
struct NoServiceAuthRule: Rule {
    let id = "no-service-auth"
    let category = RuleCategory.security
    let defaultSeverity = Severity.warning
    let summary = "A service that is not exposed, but has callers, has no caller authentication."
    let rationale = """
        Inside the network is not trusted: one compromised service, or anyone who reaches the \
        internal network, can call an unauthenticated service. Zero trust authenticates every \
        caller, with mTLS or tokens. NIST SP 800-207, "Zero Trust Architecture"; NIST SP 800-204; \
        microservices.io, "Pattern: Access Token".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let entries = Set(context.model.workflows.map(\.entry))
        return context.model.services.compactMap { service in
            guard service.kind != .external, !service.exposed,
                service.auth == nil || service.auth == Service.Auth.none,
                context.calledServices.contains(service.name) || entries.contains(service.name)
            else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) is internal but authenticates no caller (auth: "
                    + "\(service.auth?.rawValue ?? "not set")); anything inside the network can call it",
                fix: "set auth: mtls on \(service.name) (a service mesh gives it to every service), or jwt tokens",
                location: service.location
            )
        }
    }
}
