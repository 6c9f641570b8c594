import ArchitectureModel

/// `no-readiness-probe`: a liveness check without a readiness check.
struct NoReadinessProbeRule: Rule {
    let id = "no-readiness-probe"
    let category = RuleCategory.observability
    let defaultSeverity = Severity.info
    let summary = "A service has a liveness check but no readiness check."
    let rationale = """
        Liveness restarts a hung process; readiness keeps traffic away from a replica that is \
        starting, warming caches or has lost a dependency. With liveness alone, new and overloaded \
        replicas get traffic they cannot serve. Kubernetes documentation, "Configure Liveness, \
        Readiness and Startup Probes"; microservices.io, "Pattern: Health Check API".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.services.compactMap { service in
            guard service.kind != .external, let health = service.health, health.liveness != nil,
                health.readiness == nil
            else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) has a liveness check but no readiness check; replicas get traffic while "
                    + "they start or while a dependency is down",
                fix: "add readiness: /ready to health of \(service.name), failing while it cannot serve",
                location: service.location
            )
        }
    }
}
