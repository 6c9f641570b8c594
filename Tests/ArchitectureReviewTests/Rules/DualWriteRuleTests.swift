import ArchitectureReview
import Testing

/// `dual-write`: fires on a service writing its database and publishing; quiet on the same with outbox: true.
@Suite struct DualWriteRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            uses: [db]
            publishes: [t]
            subscribes: [t]
        datastores:
          db: {}
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
            uses: [db]
            publishes: [t]
            subscribes: [t]
            outbox: true
        datastores:
          db: {}
        brokers:
          mq: {}
        topics:
          t:
            broker: mq
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("dual-write", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("dual-write", Self.nearMiss).isEmpty)
    }
}
