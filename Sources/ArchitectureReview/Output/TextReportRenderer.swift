import ArchitectureModel
import ArchitectureOutput

/// `architect review --format text`: findings grouped by severity, for people; ANSI colours only
/// when asked (the CLI asks on a terminal without `NO_COLOR`).
public enum TextReportRenderer {
    public static func render(_ report: ReviewReport, colored: Bool) -> String {
        let paint = Paint(enabled: colored)
        let summary = report.summary
        // About 400 bytes a finding on generated models: the text is allocated once.
        var output = TextBuffer(reservingCapacity: 400 * report.findings.count)
        for (severity, positions) in report.severityGroups {
            let heading = Wording.count(positions.count, severity.rawValue, plural: plural(severity))
            output.append(paint.bold(paint.severity(severity, heading)))
            output.append("\n")
            for position in positions { entry(report.findings[position], paint: paint, into: &output) }
            output.append("\n")
        }
        let counts = [
            Wording.count(summary.error, "error"), Wording.count(summary.warning, "warning"),
            "\(summary.info) info", "\(summary.waived) waived",
        ]
        output.append("\(report.system): \(counts.joined(separator: ", "))\n")
        return output.finish()
    }

    /// `  file:line:column: rule target (waived: reason)`, then the message and the fix, indented.
    private static func entry(_ finding: Finding, paint: Paint, into output: inout TextBuffer) {
        output.append("  ")
        if let location = finding.location {
            output.append(location.file)
            output.append(":")
            output.append(location.line)
            output.append(":")
            output.append(location.column)
            output.append(": ")
        }
        output.append(paint.severity(finding.severity, finding.rule))
        output.append(" ")
        output.append(paint.bold(finding.target))
        if let waiver = finding.waiver { output.append(paint.dim(" (waived: \(waiver))")) }
        output.append("\n    ")
        output.append(finding.message)
        output.append("\n    ")
        output.append(paint.dim("fix:"))
        output.append(" ")
        output.append(finding.fix)
        output.append("\n")
    }

    private static func plural(_ severity: Severity) -> String {
        severity == .info ? "info" : severity.rawValue + "s"
    }

    /// Severities in their colours (error red, warning yellow, info cyan), on a terminal style.
    private struct Paint {
        var style: TerminalStyle

        init(enabled: Bool) { style = TerminalStyle(enabled: enabled) }

        func severity(_ severity: Severity, _ text: String) -> String {
            switch severity {
            case .error: style.red(text)
            case .warning: style.yellow(text)
            case .info: style.cyan(text)
            }
        }

        func bold(_ text: String) -> String { style.bold(text) }
        func dim(_ text: String) -> String { style.dim(text) }
    }
}
