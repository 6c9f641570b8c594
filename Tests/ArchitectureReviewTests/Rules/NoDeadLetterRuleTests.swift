import ArchitectureReview
import Testing

/// `no-dead-letter`: fires on an at-least-once topic (the default) without a DLQ; quiet on a DLQ, and an at-most-once topic.
@Suite struct NoDeadLetterRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        brokers:
          mq: {}
        topics:
          t:
            broker: mq
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        brokers:
          mq: {}
        topics:
          t:
            broker: mq
            dead_letter: true
          u:
            broker: mq
            delivery: at-most-once
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-dead-letter", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "\n  t:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-dead-letter", Self.nearMiss).isEmpty)
    }
}
