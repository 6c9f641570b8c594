import ArchitectureModel
import ArchitectureOutput
import Foundation

/// `architect review --format markdown`: a pull-request comment, one table per severity.
public enum MarkdownReportRenderer {
    public static func render(_ report: ReviewReport) -> String {
        let summary = report.summary
        // About 400 bytes a finding on generated models: the text is allocated once.
        var output = TextBuffer(reservingCapacity: 400 * report.findings.count)
        output.append("## Architecture review: \(report.system)\n\n")
        output.append("**\(summary.error)** errors, **\(summary.warning)** warnings, **\(summary.info)** info, ")
        output.append("\(summary.waived) waived\n")
        for (severity, positions) in report.severityGroups {
            output.append("\n### \(title(severity)) (\(positions.count))\n\n")
            output.append("| rule | target | where | finding | fix |\n| --- | --- | --- | --- | --- |\n")
            for position in positions { row(report.findings[position], into: &output) }
        }
        if report.findings.isEmpty { output.append("\nNo findings.\n") }
        return output.finish()
    }

    private static func row(_ finding: Finding, into output: inout TextBuffer) {
        output.append("| `")
        output.append(finding.rule)
        output.append("` | `")
        cell(finding.target, into: &output)
        output.append("` | ")
        if let location = finding.location {
            output.append("`")
            output.append(location.file)
            output.append(":")
            output.append(location.line)
            output.append("`")
        }
        output.append(" | ")
        cell(finding.message, into: &output)
        if let waiver = finding.waiver {
            output.append(" *(waived: ")
            cell(waiver, into: &output)
            output.append(")*")
        }
        output.append(" | ")
        cell(finding.fix, into: &output)
        output.append(" |\n")
    }

    private static func title(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }

    private static func cell(_ text: String, into output: inout TextBuffer) {
        output.append(MarkdownText.cell(text))
    }
}
