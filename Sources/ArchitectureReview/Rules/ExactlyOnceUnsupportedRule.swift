import ArchitectureModel

/// `exactly-once-unsupported`: exactly-once delivery promised on a broker that cannot give it.
struct ExactlyOnceUnsupportedRule: Rule {
    let id = "exactly-once-unsupported"
    let category = RuleCategory.data
    let defaultSeverity = Severity.warning
    let summary = "A topic declares `delivery: exactly-once` on a broker other than Kafka or Pulsar."
    let rationale = """
        Exactly-once processing needs broker transactions (Kafka, Pulsar); on other brokers a \
        message can arrive twice, and consumers built for exactly-once do the work twice. Design \
        consumers to be idempotent instead. microservices.io, "Pattern: Idempotent Consumer"; \
        Kleppmann, Designing Data-Intensive Applications, chapter 11 "Exactly-once".
        """
    private static let transactional: Set<String> = ["kafka", "pulsar"]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.topics.compactMap { topic in
            guard topic.delivery == .exactlyOnce,
                let broker = context.index.brokers[topic.broker].map({ context.model.brokers[$0] }),
                !Self.transactional.contains(broker.kind.rawValue)
            else { return nil }
            return RuleViolation(
                subject: .topic(topic.name),
                message:
                    "\(topic.name) promises exactly-once delivery but its broker \(broker.name) is "
                    + "\(broker.kind.rawValue), which delivers at least once; consumers will see duplicates",
                fix: "declare delivery: at-least-once and make the consumers of \(topic.name) idempotent",
                location: topic.location
            )
        }
    }
}
