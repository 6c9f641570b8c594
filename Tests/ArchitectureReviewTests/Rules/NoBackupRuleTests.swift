import ArchitectureReview
import Testing

/// `no-backup`: fires on a primary store without backup; quiet on a search index without backup.
@Suite struct NoBackupRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        datastores:
          db: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        datastores:
          db:
            role: search
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-backup", Self.fires)
        ReviewHarness.expectSingle(findings, target: "db", at: "\n  db:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-backup", Self.nearMiss).isEmpty)
    }
}
