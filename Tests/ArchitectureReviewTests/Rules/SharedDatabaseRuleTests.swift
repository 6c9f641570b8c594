import ArchitectureReview
import Testing

/// `shared-database`: fires on a primary datastore used by two services; quiet on the same store as a cache.
@Suite struct SharedDatabaseRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            uses: [db]
          b:
            uses: [db]
        datastores:
          db:
            kind: postgres
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            uses: [db]
          b:
            uses: [db]
        datastores:
          db:
            kind: redis
            role: cache
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("shared-database", Self.fires)
        ReviewHarness.expectSingle(findings, target: "db", at: "\n  db:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("shared-database", Self.nearMiss).isEmpty)
    }
}
