import ArchitectureReview
import Testing

/// `topic-without-retention`: fires on a topic without retention; quiet on a retention.
@Suite struct TopicWithoutRetentionRuleTests {
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
            retention: 7d
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("topic-without-retention", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "\n  t:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("topic-without-retention", Self.nearMiss).isEmpty)
    }
}
