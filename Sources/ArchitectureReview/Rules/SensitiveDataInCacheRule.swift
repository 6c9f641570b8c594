import ArchitectureModel

/// `sensitive-data-in-cache`: personal, payment or secret data copied into a cache.
struct SensitiveDataInCacheRule: Rule {
    let id = "sensitive-data-in-cache"
    let category = RuleCategory.data
    let defaultSeverity = Severity.warning
    let summary = "A cache contains pii, payment, phi, secrets or credentials."
    let rationale = """
        Caches are shared, weakly access-controlled and rarely covered by deletion requests: \
        sensitive data copied there widens the compliance scope (PCI DSS, GDPR article 17) and \
        outlives its source. Cache identifiers or tokens, not the data. OWASP ASVS v4, V8 "Data \
        Protection"; PCI DSS v4.0, requirement 3.2.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            let labels = SensitiveData.labels(of: store)
            guard store.role == .cache, !labels.isEmpty else { return nil }
            return RuleViolation(
                subject: .component(store.name),
                message:
                    "the cache \(store.name) holds \(Wording.list(labels)) data; copies outlive deletions and widen "
                    + "the compliance scope",
                fix: "cache tokens or identifiers instead, or keep the data only in its encrypted primary store",
                location: store.location
            )
        }
    }
}
