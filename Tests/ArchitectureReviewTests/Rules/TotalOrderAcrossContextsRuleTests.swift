import ArchitectureReview
import Testing

/// `total-order-across-contexts`: fires on subscribers in contexts x and y; quiet on both subscribers in x.
@Suite struct TotalOrderAcrossContextsRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            context: x
            subscribes: [t]
          b:
            context: y
            subscribes: [t]
        brokers:
          mq: {}
        topics:
          t:
            broker: mq
            ordering: total
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            context: x
            subscribes: [t]
          b:
            context: x
            subscribes: [t]
        brokers:
          mq: {}
        topics:
          t:
            broker: mq
            ordering: total
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("total-order-across-contexts", Self.fires)
        ReviewHarness.expectSingle(findings, target: "t", at: "\n  t:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("total-order-across-contexts", Self.nearMiss).isEmpty)
    }
}
