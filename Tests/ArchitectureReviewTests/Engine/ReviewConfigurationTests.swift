import ArchitectureReview
import Testing

@Suite struct ReviewConfigurationTests {
    @Test func aRuleRunsUnlessDisabledOrLeftOutOfTheSubset() {
        let configuration = ReviewConfiguration(rules: ["no-metrics": .init(enabled: false)], only: nil)
        #expect(configuration.runs("missing-timeout"))
        #expect(!configuration.runs("no-metrics"))
        let subset = ReviewConfiguration(only: ["missing-timeout"])
        #expect(subset.runs("missing-timeout"))
        #expect(!subset.runs("sync-cycle"))
    }
}
