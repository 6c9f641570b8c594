import ArchitectureModel

/// `external-call-without-fallback`: a hard synchronous call to a third party.
struct ExternalCallWithoutFallbackRule: Rule {
    let id = "external-call-without-fallback"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "A synchronous call to an `external` service has no fallback."
    let rationale = """
        A third party's outages, rate limits and slow days are outside your control, yet a hard \
        call makes them yours. Give the call a fallback (a cached answer, a default, a degraded \
        page) or move it off the request path (queue and process later). Nygard, Release It!, \
        "Integration Points" and "Decoupling Middleware"; microservices.io, "Pattern: Circuit Breaker".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.calls.compactMap { site in
            guard site.call.isHard, context.service(site.call.to)?.kind == .external else { return nil }
            return RuleViolation(
                subject: site.subject,
                message:
                    "\(site.callerName) calls the external \(site.call.to) synchronously with no fallback; "
                    + "every outage of the third party is an outage of \(site.callerName)",
                fix:
                    "add a fallback (fallback: cached, default or degrade) or accept the request and call "
                    + "\(site.call.to) asynchronously from a queue",
                location: site.call.location
            )
        }
    }
}
