import ArchitectureModel

/// `no-dead-letter`: an at-least-once topic without a dead-letter queue.
struct NoDeadLetterRule: Rule {
    let id = "no-dead-letter"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "An at-least-once topic has no dead-letter queue."
    let rationale = """
        With at-least-once delivery a message that always fails (a poison message) is redelivered \
        forever and blocks or slows its partition; a dead-letter queue parks it for inspection. \
        Hohpe and Woolf, Enterprise Integration Patterns, "Dead Letter Channel"; Nygard, Release \
        It!, "Steady State".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.topics.compactMap { topic in
            guard topic.delivery == .atLeastOnce, !topic.deadLetter else { return nil }
            return RuleViolation(
                subject: .topic(topic.name),
                message:
                    "\(topic.name) delivers at least once with no dead-letter queue; a message its consumers "
                    + "cannot handle is redelivered forever",
                fix: "set dead_letter: true on \(topic.name) and alert on messages arriving in it",
                location: topic.location
            )
        }
    }
}
