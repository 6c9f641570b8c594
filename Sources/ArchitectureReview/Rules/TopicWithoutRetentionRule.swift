import ArchitectureModel

/// `topic-without-retention`: a topic that does not say how long it keeps messages.
struct TopicWithoutRetentionRule: Rule {
    let id = "topic-without-retention"
    let category = RuleCategory.data
    let defaultSeverity = Severity.info
    let summary = "A topic declares no retention."
    let rationale = """
        Retention decides how long a consumer may be down before it loses messages, how far back \
        a new consumer can replay, and how much the broker stores (and for how long personal data \
        lingers, GDPR article 5(1)(e)). Leaving it to the broker's default leaves it to chance. \
        Kleppmann, Designing Data-Intensive Applications, chapter 11 "Stream Processing".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.topics.compactMap { topic in
            guard topic.retention == nil else { return nil }
            return RuleViolation(
                subject: .topic(topic.name),
                message:
                    "\(topic.name) declares no retention; how long a consumer may be down before losing "
                    + "messages is left to the broker's default",
                fix: "set retention on \(topic.name), longer than the longest consumer outage you plan for (e.g. 7d)",
                location: topic.location
            )
        }
    }
}
