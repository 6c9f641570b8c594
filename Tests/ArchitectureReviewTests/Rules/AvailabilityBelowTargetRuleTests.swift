import ArchitectureReview
import Testing

/// `availability-below-target`: fires on one replica (99.5%) against a 99.9% target; quiet on a 99% target.
@Suite struct AvailabilityBelowTargetRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
          requirements:
            availability: 99.9%
        services:
          a: {}
        workflows:
          w:
            entry: a
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
          requirements:
            availability: 99%
        services:
          a: {}
        workflows:
          w:
            entry: a
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("availability-below-target", Self.fires)
        ReviewHarness.expectSingle(findings, target: "w", at: "\n  w:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("availability-below-target", Self.nearMiss).isEmpty)
    }
}
