import ArchitectureModel

/// `unencrypted-sensitive-data`: personal, payment, health or secret data not encrypted at rest.
struct UnencryptedSensitiveDataRule: Rule {
    let id = "unencrypted-sensitive-data"
    let category = RuleCategory.data
    let defaultSeverity = Severity.error
    let summary = "A datastore that contains pii, payment, phi, secrets or credentials is not encrypted at rest."
    let rationale = """
        Sensitive data on unencrypted disks and backups leaks with every lost disk, snapshot or \
        misconfigured bucket, and fails PCI DSS (requirement 3.5), GDPR article 32 and HIPAA. \
        OWASP Top 10, A02:2021 "Cryptographic Failures"; PCI DSS v4.0, requirement 3.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            let labels = SensitiveData.labels(of: store)
            guard !store.encrypted, !labels.isEmpty else { return nil }
            return RuleViolation(
                subject: .component(store.name),
                message:
                    "\(store.name) contains \(Wording.list(labels)) data but is not encrypted at rest; a copied "
                    + "disk, snapshot or backup exposes it",
                fix: "set encrypted: true on \(store.name) (storage or database encryption with managed keys)",
                location: store.location
            )
        }
    }
}
