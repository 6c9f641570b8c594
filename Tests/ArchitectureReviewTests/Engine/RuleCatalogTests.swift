import ArchitectureModel
import ArchitectureReview
import Testing

/// The catalog: unique ids, the required core of rules.md, and complete documentation.
@Suite struct RuleCatalogTests {
    /// rules.md, with the default severities it requires.
    static let required: [String: Severity] = [
        "sync-cycle": .error, "shared-database": .warning, "deep-sync-chain": .warning, "high-fan-out": .warning,
        "chatty-call": .warning, "orphan-topic": .warning, "dual-write": .warning, "missing-timeout": .error,
        "timeout-inversion": .error, "retry-amplification": .warning, "retry-without-backoff": .warning,
        "non-idempotent-retry": .error, "missing-circuit-breaker": .warning, "single-point-of-failure": .error,
        "single-zone": .warning, "no-health-check": .warning, "no-dead-letter": .warning,
        "availability-below-target": .error, "saturated": .error, "capacity-at-growth": .warning,
        "latency-over-target": .warning, "saga-missing-compensation": .error, "saga-step-not-retriable": .warning,
        "exposed-without-auth": .error, "no-service-auth": .warning, "no-rate-limit": .warning,
        "unencrypted-sensitive-data": .error, "no-backup": .error, "no-tracing": .warning, "no-metrics": .warning,
        "no-decisions": .info, "expired-waiver": .warning, "unused-waiver": .info,
    ]

    @Test func holdsAtLeastFortyRulesWithUniqueIDs() {
        let ids = RuleCatalog.entries.map(\.id)
        #expect(ids.count >= 40)
        #expect(Set(ids).count == ids.count)
    }

    @Test func holdsEveryRequiredRuleWithItsSeverity() {
        for (id, severity) in Self.required {
            #expect(RuleCatalog.entry(id)?.severity == severity, "\(id)")
        }
    }

    @Test func requiredParametersHaveTheirDefaults() {
        let defaults = [
            ("deep-sync-chain", "max_depth", 4.0), ("high-fan-out", "max_fan_out", 6),
            ("retry-amplification", "max_attempts", 8), ("chatty-call", "max_per_request", 5),
        ]
        for (rule, name, value) in defaults {
            #expect(RuleCatalog.entry(rule)?.parameters.first { $0.name == name }?.defaultValue == value, "\(rule)")
        }
    }

    @Test func everyRuleIsDocumentedWithAReference() {
        for rule in RuleCatalog.entries {
            #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.id)")
            #expect(!rule.summary.isEmpty, "\(rule.id)")
            #expect(rule.rationale.count > 120, "\(rule.id) rationale is too short")
            let references =
                ["Nygard", "SRE", "microservices.io", "Kleppmann", "OWASP", "NIST", "Hohpe", "Richardson"]
                + [
                    "Evans", "Fowler", "Kubernetes", "AWS", "PCI", "Dean", "Newman", "Skelton", "Gunther",
                    "adr.github.io",
                ]
                + ["Garcia-Molina", "Microsoft"]
            #expect(references.contains { rule.rationale.contains($0) }, "\(rule.id) cites no reference")
        }
    }
}
