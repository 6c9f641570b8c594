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

    @Test func listsEachSeverityOnceInReportOrder() {
        let text = TextReportRenderer.render(JSONReportRendererTests.awkwardReport, colored: false)
        #expect(text.hasPrefix("1 error\n  missing-timeout y->z\n    \n    fix: \n\n1 warning\n  dir/a b.yaml:0:-1: "))
        #expect(text.contains(" (waived: the CDN | does it\r\nfor now 👩‍👩‍👧)\n    line\nbreak | pipe"))
        #expect(
            text.hasSuffix(
                "\n\n1 info\n  no-tracing x\n    m\n    fix: f\n\nodd \"system\" \\ / é😀: 1 error, 0 warnings, 1 info, 1 waived\n"
            )
        )
    }
}
