import ArchitectureReview
import Testing

/// `async-replicated-payment-data`: fires on payment data replicated asynchronously; quiet on synchronous replication.
@Suite struct AsyncReplicatedPaymentDataRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        datastores:
          db:
            contains: [payment]
            replication: async
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        datastores:
          db:
            contains: [payment]
            replication: sync
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("async-replicated-payment-data", Self.fires)
        ReviewHarness.expectSingle(findings, target: "db", at: "\n  db:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("async-replicated-payment-data", Self.nearMiss).isEmpty)
    }
}
