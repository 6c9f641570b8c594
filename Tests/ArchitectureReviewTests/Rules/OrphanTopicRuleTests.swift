import ArchitectureReview
import Testing

/// `orphan-topic`: fires on a topic nobody subscribes to; quiet on a topic published through a subscription's long form and consumed.
@Suite struct OrphanTopicRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            publishes: [t]
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
        services:
          a:
            subscribes:
              - {topic: s, publishes: [t]}
            publishes: [s]
          b:
            subscribes: [t]
        brokers:
          mq: {}
        topics:
          s:
            broker: mq
          t:
            broker: mq
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("orphan-topic", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "\n  t:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("orphan-topic", Self.nearMiss).isEmpty)
    }
}
