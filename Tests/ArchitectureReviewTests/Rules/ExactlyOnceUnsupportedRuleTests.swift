import ArchitectureReview
import Testing

/// `exactly-once-unsupported`: fires on exactly-once on RabbitMQ; quiet on exactly-once on Kafka.
@Suite struct ExactlyOnceUnsupportedRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        brokers:
          mq:
            kind: rabbitmq
        topics:
          t:
            broker: mq
            delivery: exactly-once
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        brokers:
          mq:
            kind: kafka
        topics:
          t:
            broker: mq
            delivery: exactly-once
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("exactly-once-unsupported", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "\n  t:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("exactly-once-unsupported", Self.nearMiss).isEmpty)
    }
}
