import ArchitectureReview
import Testing

/// `datastore-without-owner`: fires on a primary store without owner; quiet on an owner.
@Suite struct DatastoreWithoutOwnerRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            uses: [db]
        datastores:
          db: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            uses: [db]
        datastores:
          db:
            owner: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("datastore-without-owner", Self.fires)
        ReviewHarness.expectSingle(findings, target: "db", at: "\n  db:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("datastore-without-owner", Self.nearMiss).isEmpty)
    }
}
