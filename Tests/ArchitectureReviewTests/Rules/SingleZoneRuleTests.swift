import ArchitectureReview
import Testing

/// `single-zone`: fires on two replicas in zone x of two; quiet on two replicas over x and y.
@Suite struct SingleZoneRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        zones:
          names: [x, y]
        services:
          a:
            replicas: 2
            zones: [x]
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        zones:
          names: [x, y]
        services:
          a:
            replicas: 2
            zones: [x, y]
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("single-zone", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a", at: "\n  a:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("single-zone", Self.nearMiss).isEmpty)
    }
}
