import ArchitectureModel
import Testing

@testable import ArchitectureReview

@Suite struct ReviewReportSeverityGroupsTests {
    @Test func groupsPositionsBySeverityInReportOrder() {
        func finding(_ severity: Severity, _ target: String) -> Finding {
            Finding(rule: "r", severity: severity, subject: .component(target), message: "", fix: "", location: nil)
        }
        var report = ReviewReport(system: "s", findings: [])
        report.findings = [finding(.info, "a"), finding(.error, "b"), finding(.info, "c"), finding(.error, "d")]
        let groups = report.severityGroups
        #expect(groups.map(\.severity) == [.error, .info])
        #expect(groups.map(\.positions) == [[1, 3], [0, 2]])
        #expect(ReviewReport(system: "s", findings: []).severityGroups.isEmpty)
    }
}
