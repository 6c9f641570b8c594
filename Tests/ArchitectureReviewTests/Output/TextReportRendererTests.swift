import ArchitectureReview
import Testing

@Suite struct TextReportRendererTests {
    @Test func groupsBySeverityAndColoursOnlyWhenAsked() throws {
        let report = try ExampleReviewTests.review("legacy")
        let plain = TextReportRenderer.render(report, colored: false)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.hasPrefix("\(report.summary.error) errors\n"))
        #expect(plain.contains("  Examples/legacy.yaml:64:9: timeout-inversion portal->booking-api\n"))
        #expect(
            plain.hasSuffix(
                "legacy-booking: \(report.summary.error) errors, \(report.summary.warning) warnings, \(report.summary.info) info, 0 waived\n"
            )
        )
        let colored = TextReportRenderer.render(report, colored: true)
        #expect(colored.contains("\u{1B}[31m"))
    }
}
