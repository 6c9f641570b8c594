import ArchitectureModel

/// `datastore-without-owner`: a primary datastore that names no owning service.
struct DatastoreWithoutOwnerRule: Rule {
    let id = "datastore-without-owner"
    let category = RuleCategory.data
    let defaultSeverity = Severity.info
    let summary = "A primary datastore declares no `owner`."
    let rationale = """
        Each service's data should be private to it, so that its schema can change without \
        coordinating with others. A store without an owner has no one who decides its schema, \
        backups and access. microservices.io, "Pattern: Database per service"; Evans, \
        Domain-Driven Design, "Aggregates".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            guard store.role == .primary, store.owner == nil else { return nil }
            let suggestion =
                context.datastoreUsers[store.name]?.first.map { "for example owner: \($0)" }
                ?? "the service whose data it holds"
            return RuleViolation(
                subject: .component(store.name),
                message: "\(store.name) is a primary datastore with no owner; nobody is responsible for its schema",
                fix: "name the one service that owns \(store.name) (\(suggestion))",
                location: store.location
            )
        }
    }
}
