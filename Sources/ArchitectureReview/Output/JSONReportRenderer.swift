import ArchitectureModel
public import ArchitectureOutput

/// `architect review --format json` (rules.md, "Output"), keys in the order rules.md shows them.
public enum JSONReportRenderer {
    public static func render(_ report: ReviewReport) -> String {
        let summary = report.summary
        // About 700 bytes a finding on generated models: the text is allocated once.
        return JSONWriter.text(reservingCapacity: 700 * report.findings.count) { json in
            json.object { json in
                json.field("format", 1)
                json.field("system", report.system)
                json.key("findings")
                json.array { json in
                    for finding in report.findings { write(finding, into: &json) }
                }
                json.field("summary") { json in
                    json.field("error", summary.error)
                    json.field("warning", summary.warning)
                    json.field("info", summary.info)
                    json.field("waived", summary.waived)
                }
            }
        }
    }

    /// One finding as the review prints it; `location` is null when unknown, `waiver_reason` only
    /// on waived findings.
    public static func write(_ finding: Finding, into json: inout JSONWriter) {
        json.object { json in
            json.field("id", finding.id)
            json.field("rule", finding.rule)
            json.field("severity", finding.severity.rawValue)
            json.field("target", finding.target)
            json.field("message", finding.message)
            json.field("fix", finding.fix)
            json.key("location")
            if let location = finding.location {
                json.object { json in
                    json.field("file", location.file)
                    json.field("line", location.line)
                    json.field("column", location.column)
                }
            } else {
                json.null()
            }
            json.field("waived", finding.isWaived)
            if let reason = finding.waiver { json.field("waiver_reason", reason) }
        }
    }
}
