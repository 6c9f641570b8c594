import ArchitectureModel
import ArchitectureReview
import Testing

/// `unused-waiver`: a waiver whose rule ran but found nothing on its target.
@Suite struct UnusedWaiverRuleTests {
    static func yaml(target: String, rule: String = "no-metrics") -> String {
        """
        architect: 1
        system:
          name: t
        services:
          a: {}
        waivers:
          - rule: \(rule)
            target: \(target)
            reason: Accepted
        """
    }

    static func review(_ yaml: String, only: Set<String> = ["no-metrics", "unused-waiver"]) throws -> [Finding] {
        Reviewer.review(
            try ReviewHarness.model(yaml),
            configuration: ReviewConfiguration(only: only),
            today: ReviewHarness.today
        ).findings
    }

    @Test func firesOnAWaiverThatMatchesNothing() throws {
        let yaml = Self.yaml(target: "ghost")
        let unused = try Self.review(yaml).filter { $0.rule == "unused-waiver" }
        ReviewHarness.expectSingle(unused, target: "no-metrics:ghost", at: "rule: no-metrics", in: yaml)
        #expect(unused.first?.severity == .info)
    }

    @Test func nearMissAMatchingWaiverIsUsed() throws {
        let findings = try Self.review(Self.yaml(target: "a"))
        #expect(findings.map(\.id) == ["no-metrics:a"])
        #expect(findings.first?.isWaived == true)
    }

    @Test func aWaiverOfARuleThatDidNotRunIsNotReported() throws {
        #expect(try Self.review(Self.yaml(target: "ghost"), only: ["unused-waiver"]).isEmpty)
    }

    @Test func aWaiverOfAnUnknownRuleIsUnused() throws {
        let findings = try Self.review(Self.yaml(target: "a", rule: "no-metric"))
        let unused = try #require(findings.first { $0.rule == "unused-waiver" })
        #expect(unused.target == "no-metric:a")
        #expect(unused.message.contains("no rule no-metric in the catalog"))
    }
}
