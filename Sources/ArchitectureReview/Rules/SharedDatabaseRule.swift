import ArchitectureModel

/// `shared-database`: a datastore used by two or more services (caches and archives aside).
struct SharedDatabaseRule: Rule {
    let id = "shared-database"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A datastore is used by two or more services."
    let rationale = """
        Services that share a database are coupled through its schema: one team's migration breaks \
        another's service, and neither can be deployed or scaled alone. microservices.io, "Pattern: \
        Database per service" (and the "Shared database" anti-pattern); Newman, Building \
        Microservices, chapter 4.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.datastores.compactMap { store in
            guard store.role != .cache, store.role != .archive, let names = context.datastoreUsers[store.name],
                names.count >= 2
            else { return nil }
            let keeper = store.owner.map { "its owner \($0)" } ?? "one owner"
            return RuleViolation(
                subject: .component(store.name),
                message:
                    "\(store.name) (\(store.role.rawValue)) is used by \(Wording.count(names.count, "service")): "
                    + "\(Wording.list(names)); a schema change by one of them can break the others",
                fix:
                    "keep \(store.name) with \(keeper) and give every other service its own datastore, or let "
                    + "them read the data through the API or the events of \(store.owner ?? "the owner")",
                location: store.location
            )
        }
    }
}
