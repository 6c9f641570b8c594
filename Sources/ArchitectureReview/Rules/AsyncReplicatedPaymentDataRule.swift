import ArchitectureModel

/// `async-replicated-payment-data`: payment data on asynchronous replication.
struct AsyncReplicatedPaymentDataRule: Rule {
    let id = "async-replicated-payment-data"
    let category = RuleCategory.data
    let defaultSeverity = Severity.warning
    let summary = "A datastore that contains payment data replicates asynchronously."
    let rationale = """
        Asynchronous replication acknowledges writes before the replica has them: a failover loses \
        the last seconds of writes, which for payments means charges that happened but are not \
        recorded (or refunds issued twice). Kleppmann, Designing Data-Intensive Applications, \
        chapter 5 "Replication" (synchronous versus asynchronous); PCI DSS v4.0, requirement 10.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            guard store.contains.contains("payment"), store.replication == .async else { return nil }
            return RuleViolation(
                subject: .component(store.name),
                message:
                    "\(store.name) holds payment data with asynchronous replication; a failover loses the writes "
                    + "not yet replicated, so recorded payments can disappear",
                fix: "set replication: sync on \(store.name) (or a quorum write), at least for payment tables",
                location: store.location
            )
        }
    }
}
