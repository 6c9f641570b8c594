import ArchitectureModel
import Foundation

/// `architect review --format markdown`: a pull-request comment, one table per severity.
public enum MarkdownReportRenderer {
    public static func render(_ report: ReviewReport) -> String {
        let summary = report.summary
        var lines = [
            "## Architecture review: \(report.system)",
            "",
            "**\(summary.error)** errors, **\(summary.warning)** warnings, **\(summary.info)** info, "
                + "\(summary.waived) waived",
        ]
        for severity in Severity.allCases {
            let group = report.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines += ["", "### \(title(severity)) (\(group.count))", "", "| rule | target | where | finding | fix |"]
            lines.append("| --- | --- | --- | --- | --- |")
            for finding in group {
                let location = finding.location.map { "`\($0.file):\($0.line)`" } ?? ""
                let waived = finding.waiver.map { " *(waived: \(cell($0)))*" } ?? ""
                lines.append(
                    "| `\(finding.rule)` | `\(cell(finding.target))` | \(location) | \(cell(finding.message))\(waived) "
                        + "| \(cell(finding.fix)) |"
                )
            }
        }
        if report.findings.isEmpty { lines += ["", "No findings."] }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }

    /// Text safe inside a table cell: pipes escaped, line breaks flattened.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
