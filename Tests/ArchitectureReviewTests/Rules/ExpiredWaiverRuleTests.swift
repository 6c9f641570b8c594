import ArchitectureModel
import ArchitectureReview
import Testing

/// `expired-waiver`: a waiver applies through its `expires` day and no longer the day after.
@Suite struct ExpiredWaiverRuleTests {
    static let yaml = """
        architect: 1
        system:
          name: t
        services:
          a: {}
        waivers:
          - rule: no-metrics
            target: a
            reason: Metrics come with the platform migration
            expires: 2026-05-31
        """

    static func review(today: CalendarDate) throws -> ReviewReport {
        let configuration = ReviewConfiguration(only: ["no-metrics", "expired-waiver", "unused-waiver"])
        return Reviewer.review(try ReviewHarness.model(Self.yaml), configuration: configuration, today: today)
    }

    @Test func firesTheDayAfterExpiryAndTheFindingCountsAgain() throws {
        let report = try Self.review(today: CalendarDate(year: 2026, month: 6, day: 1))
        let expired = report.findings.filter { $0.rule == "expired-waiver" }
        ReviewHarness.expectSingle(expired, target: "no-metrics:a", at: "rule: no-metrics", in: Self.yaml)
        #expect(expired.first?.severity == .warning)
        #expect(report.findings.first { $0.rule == "no-metrics" }?.isWaived == false)
        #expect(!report.findings.contains { $0.rule == "unused-waiver" }, "an expired waiver is not also unused")
    }

    @Test func stillAppliesOnItsExpiryDate() throws {
        let report = try Self.review(today: CalendarDate(year: 2026, month: 5, day: 31))
        #expect(report.findings.map(\.rule) == ["no-metrics"])
        #expect(report.findings.first?.waiver == "Metrics come with the platform migration")
        #expect(report.summary.waived == 1)
        #expect(report.summary.warning == 0)
    }
}
