import ArchitectureModel

/// `dual-write`: a service writes its database and publishes without a transactional outbox.
struct DualWriteRule: Rule {
    let id = "dual-write"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A service uses a primary datastore and publishes to a topic without `outbox: true`."
    let rationale = """
        Writing a database and publishing an event are two transactions: a crash between them \
        leaves the database and the event stream disagreeing (an order without its event, or the \
        reverse), and publishing also makes every request depend on the broker. microservices.io, \
        "Pattern: Transactional outbox"; Kleppmann, Designing Data-Intensive Applications, chapter 11.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.services.compactMap { service in
            guard !service.outbox else { return nil }
            let stores = service.uses.filter { context.datastore($0)?.role == .primary }
            var topics: [String] = []
            for topic in service.publishes + service.subscribes.flatMap(\.publishes) where !topics.contains(topic) {
                topics.append(topic)
            }
            guard !stores.isEmpty, !topics.isEmpty else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) writes \(Wording.list(stores)) and publishes \(Wording.list(topics)) in separate "
                    + "transactions; a crash in between loses the event or leaves it without the data",
                fix:
                    "set outbox: true on \(service.name): write the events to an outbox table in the same "
                    + "transaction as \(stores[0]) and relay them to the broker",
                location: service.location
            )
        }
    }
}
