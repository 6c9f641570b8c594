import ArchitectureModel

/// `no-backup`: a primary datastore without backups.
struct NoBackupRule: Rule {
    let id = "no-backup"
    let category = RuleCategory.data
    let defaultSeverity = Severity.error
    let summary = "A primary datastore has no backup."
    let rationale = """
        Replication copies mistakes too: a bad migration, a bug or an attacker that deletes data \
        deletes it on every replica. Only a backup, restored and tested, brings it back. Google SRE \
        book, chapter 26 "Data Integrity: What You Read Is What You Wrote"; AWS Well-Architected \
        Reliability Pillar, "Back up data".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            guard store.role == .primary, store.backup == nil else { return nil }
            return RuleViolation(
                subject: .component(store.name),
                message:
                    "\(store.name) is a primary datastore with no backup; data lost to a bug, a bad migration or "
                    + "deletion cannot be restored",
                fix: "add backup: {rpo: 15m, rto: 1h} (or tighter) to \(store.name) and test the restore",
                location: store.location
            )
        }
    }
}
