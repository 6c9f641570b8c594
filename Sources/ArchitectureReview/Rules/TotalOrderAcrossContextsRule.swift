import ArchitectureModel

/// `total-order-across-contexts`: a totally ordered topic consumed by several bounded contexts.
struct TotalOrderAcrossContextsRule: Rule {
    let id = "total-order-across-contexts"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A topic with `ordering: total` has subscribers in two or more bounded contexts."
    let rationale = """
        Total order means one partition: one consumer per group, no parallelism, and a slow \
        consumer in one context holds back its own stream at a throughput cap for all. Contexts \
        rarely need more than per-key order. Kleppmann, Designing Data-Intensive Applications, \
        chapter 9 "Ordering Guarantees"; Evans, Domain-Driven Design, "Bounded Context".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.topics.compactMap { topic in
            guard topic.ordering == .total else { return nil }
            var contexts: [String] = []
            for name in context.subscribers[topic.name] ?? [] {
                if let bounded = context.service(name)?.context, !contexts.contains(bounded) {
                    contexts.append(bounded)
                }
            }
            guard contexts.count >= 2 else { return nil }
            return RuleViolation(
                subject: .topic(topic.name),
                message:
                    "\(topic.name) is totally ordered and consumed in \(contexts.count) bounded contexts "
                    + "(\(Wording.list(contexts))); one partition caps every consumer's throughput",
                fix: "use ordering: per-key with the entity id as key, so partitions (and consumers) can grow",
                location: topic.location
            )
        }
    }
}
