import ArchitectureModel

/// `orphan-topic`: a topic nobody publishes or nobody consumes.
struct OrphanTopicRule: Rule {
    let id = "orphan-topic"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A topic has no publisher or no subscriber."
    let rationale = """
        A topic without subscribers stores messages nobody reads (a lost integration, or data that \
        silently piles up); one without publishers leaves its subscribers waiting for events that \
        never come. Either way the model and the system disagree. Hohpe and Woolf, Enterprise \
        Integration Patterns, "Publish-Subscribe Channel" and "Invalid Message Channel".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.topics.compactMap { topic in
            let publishers = context.publishers[topic.name] ?? []
            let subscribers = context.subscribers[topic.name] ?? []
            switch (publishers.isEmpty, subscribers.isEmpty) {
            case (false, false):
                return nil
            case (true, true):
                return RuleViolation(
                    subject: .topic(topic.name),
                    message: "\(topic.name) has no publisher and no subscriber",
                    fix: "remove \(topic.name), or add the services that publish and consume it",
                    location: topic.location
                )
            case (false, true):
                return RuleViolation(
                    subject: .topic(topic.name),
                    message:
                        "\(topic.name) is published by \(Wording.list(publishers)) but no service subscribes to it; "
                        + "its messages are never read",
                    fix:
                        "add the consumer to `subscribes` of the service that needs \(topic.name), or stop publishing it",
                    location: topic.location
                )
            case (true, false):
                return RuleViolation(
                    subject: .topic(topic.name),
                    message:
                        "\(topic.name) has subscribers (\(Wording.list(subscribers))) but no service publishes it",
                    fix: "add \(topic.name) to `publishes` of the service that produces these events, or remove it",
                    location: topic.location
                )
            }
        }
    }
}
