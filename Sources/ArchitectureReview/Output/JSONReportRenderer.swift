import ArchitectureModel
import Foundation

/// `architect review --format json` (rules.md, "Output").
public enum JSONReportRenderer {
    private struct Document: Encodable {
        var format = 1
        var system: String
        var findings: [Entry]
        var summary: ReviewReport.Summary
    }

    private struct Entry: Encodable {
        var id: String
        var rule: String
        var severity: Severity
        var target: String
        var message: String
        var fix: String
        var location: Location?
        var waived: Bool
        /// The waiver's reason, only on waived findings.
        var waiverReason: String?

        enum CodingKeys: String, CodingKey {
            case id, rule, severity, target, message, fix, location, waived
            case waiverReason = "waiver_reason"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(target, forKey: .target)
            try container.encode(message, forKey: .message)
            try container.encode(fix, forKey: .fix)
            try container.encode(location, forKey: .location)
            try container.encode(waived, forKey: .waived)
            try container.encodeIfPresent(waiverReason, forKey: .waiverReason)
        }
    }

    private struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int
    }

    public static func render(_ report: ReviewReport) -> String {
        let document = Document(
            system: report.system,
            findings: report.findings.map { finding in
                Entry(
                    id: finding.id,
                    rule: finding.rule,
                    severity: finding.severity,
                    target: finding.target,
                    message: finding.message,
                    fix: finding.fix,
                    location: finding.location.map { Location(file: $0.file, line: $0.line, column: $0.column) },
                    waived: finding.isWaived,
                    waiverReason: finding.waiver
                )
            },
            summary: report.summary
        )
        return JSONText.encode(document)
    }
}
