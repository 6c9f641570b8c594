import ArchitectureReview
import Testing

/// `team-spans-contexts`: fires on one team in 3 contexts (at its first service); quiet on one team in 2 contexts.
@Suite struct TeamSpansContextsRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          s0:
            team: core
            context: c0
          s1:
            team: core
            context: c1
          s2:
            team: core
            context: c2
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          s0:
            team: core
            context: c0
          s1:
            team: core
            context: c1
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("team-spans-contexts", Self.fires)
        ReviewHarness.expectSingle(findings, target: "core", at: "\n  s0:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("team-spans-contexts", Self.nearMiss).isEmpty)
    }
}
