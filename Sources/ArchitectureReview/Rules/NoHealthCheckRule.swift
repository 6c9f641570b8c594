import ArchitectureModel

/// `no-health-check`: a service without liveness or readiness checks.
struct NoHealthCheckRule: Rule {
    let id = "no-health-check"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "A service (not `external`) has no health checks."
    let rationale = """
        Without health checks the platform keeps routing traffic to replicas that hang or have lost \
        their database connections, and never restarts them. microservices.io, "Pattern: Health \
        Check API"; Kubernetes documentation, "Configure Liveness, Readiness and Startup Probes"; \
        Nygard, Release It!, "Transparency".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.services.compactMap { service in
            guard service.kind != .external, service.health?.liveness == nil, service.health?.readiness == nil
            else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) has no health checks; a hung replica keeps receiving traffic and is never "
                    + "restarted",
                fix: "add health: {liveness: /healthz, readiness: /ready} and serve both paths",
                location: service.location
            )
        }
    }
}
