import ArchitectureModel

/// `architect review --format text`: findings grouped by severity, for people; ANSI colours only
/// when asked (the CLI asks on a terminal without `NO_COLOR`).
public enum TextReportRenderer {
    public static func render(_ report: ReviewReport, colored: Bool) -> String {
        let paint = Paint(enabled: colored)
        let summary = report.summary
        var output = ""
        for severity in Severity.allCases {
            let group = report.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let heading = "\(Wording.count(group.count, severity.rawValue, plural: plural(severity)))"
            output += paint.bold(paint.severity(severity, heading)) + "\n"
            for finding in group {
                let location = finding.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
                let waived = finding.waiver.map { paint.dim(" (waived: \($0))") } ?? ""
                output +=
                    "  \(location)\(paint.severity(severity, finding.rule)) \(paint.bold(finding.target))\(waived)\n"
                output += "    \(finding.message)\n"
                output += "    \(paint.dim("fix:")) \(finding.fix)\n"
            }
            output += "\n"
        }
        let counts = [
            Wording.count(summary.error, "error"), Wording.count(summary.warning, "warning"),
            "\(summary.info) info", "\(summary.waived) waived",
        ]
        output += "\(report.system): \(counts.joined(separator: ", "))\n"
        return output
    }

    private static func plural(_ severity: Severity) -> String {
        severity == .info ? "info" : severity.rawValue + "s"
    }

    /// ANSI escape sequences, or nothing.
    private struct Paint {
        var enabled: Bool

        func severity(_ severity: Severity, _ text: String) -> String {
            switch severity {
            case .error: wrap(text, "31")
            case .warning: wrap(text, "33")
            case .info: wrap(text, "36")
            }
        }

        func bold(_ text: String) -> String { wrap(text, "1") }
        func dim(_ text: String) -> String { wrap(text, "2") }

        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
