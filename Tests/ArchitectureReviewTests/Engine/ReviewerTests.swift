import ArchitectureModel
import ArchitectureReview
import Testing

/// The engine: configuration overrides, subsets, ordering, summary and `--fail-on`.
@Suite struct ReviewerTests {
    static let yaml = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: b
          b: {}
        workflows:
          w:
            entry: a
        """

    static func review(_ configuration: ReviewConfiguration = ReviewConfiguration()) throws -> ReviewReport {
        Reviewer.review(try ReviewHarness.model(Self.yaml), configuration: configuration, today: ReviewHarness.today)
    }

    @Test func findingsAreSortedBySeverityThenRuleThenTarget() throws {
        let findings = try Self.review().findings
        #expect(!findings.isEmpty)
        let keys = findings.map { ($0.severity.rank, $0.rule, $0.target) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func severityOverridesAndDisabledRulesApply() throws {
        let configuration = ReviewConfiguration(rules: [
            "missing-timeout": .init(severity: .info),
            "no-metrics": .init(enabled: false),
        ])
        let findings = try Self.review(configuration).findings
        #expect(findings.first { $0.rule == "missing-timeout" }?.severity == .info)
        #expect(!findings.contains { $0.rule == "no-metrics" })
    }

    @Test func onlySelectedRulesRun() throws {
        let findings = try Self.review(ReviewConfiguration(only: ["missing-timeout", "no-decisions"])).findings
        #expect(Set(findings.map(\.rule)) == ["missing-timeout", "no-decisions"])
    }

    @Test func summaryAndFailOnCountUnwaivedFindings() throws {
        let report = try Self.review(ReviewConfiguration(only: ["missing-timeout", "no-decisions"]))
        #expect(report.summary == ReviewReport.Summary(error: 1, warning: 0, info: 1, waived: 0))
        #expect(report.fails(at: .error))
        #expect(report.fails(at: .info))
        #expect(!report.fails(at: nil))
        let quiet = try Self.review(ReviewConfiguration(only: ["no-decisions"]))
        #expect(!quiet.fails(at: .warning))
        #expect(quiet.fails(at: .info))
    }

    @Test func everyFindingNamesItsRuleAndALocation() throws {
        let known = Set(RuleCatalog.entries.map(\.id))
        for finding in try Self.review().findings {
            #expect(known.contains(finding.rule))
            #expect(finding.location?.file == "model.yaml")
            #expect(finding.id == "\(finding.rule):\(finding.target)")
        }
    }
}
