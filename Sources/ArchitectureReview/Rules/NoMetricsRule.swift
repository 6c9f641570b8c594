import ArchitectureModel

/// `no-metrics`: a service that exports no metrics.
struct NoMetricsRule: Rule {
    let id = "no-metrics"
    let category = RuleCategory.observability
    let defaultSeverity = Severity.warning
    let summary = "A service exports no metrics."
    let rationale = """
        Without metrics there are no dashboards, alerts or SLOs for a service: overload and errors \
        are noticed by users first. Monitor at least the four golden signals (latency, traffic, \
        errors, saturation). Google SRE book, chapter 6 "Monitoring Distributed Systems"; \
        microservices.io, "Pattern: Application metrics".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.services.compactMap { service in
            guard service.kind != .external, !service.metrics else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message: "\(service.name) exports no metrics; its latency, traffic, errors and saturation go unseen",
                fix: "set metrics: true and export the four golden signals of \(service.name) (e.g. to Prometheus)",
                location: service.location
            )
        }
    }
}
