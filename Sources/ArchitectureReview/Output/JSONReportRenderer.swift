import ArchitectureModel

/// `architect review --format json` (rules.md, "Output").
public enum JSONReportRenderer {
    public static func render(_ report: ReviewReport) -> String {
        let summary = report.summary
        // About 700 bytes a finding on generated models: the text is allocated once.
        return JSONText.write(reservingCapacity: 700 * report.findings.count) { json in
            json.object { json in
                json.key("findings")
                json.array { json in
                    for finding in report.findings { entry(&json, finding) }
                }
                json.field("format", 1)
                json.field("summary") { json in
                    json.field("error", summary.error)
                    json.field("info", summary.info)
                    json.field("waived", summary.waived)
                    json.field("warning", summary.warning)
                }
                json.field("system", report.system)
            }
        }
    }

    /// Keys in sorted order; `location` is null when unknown, `waiver_reason` only on waived findings.
    private static func entry(_ json: inout JSONWriter, _ finding: Finding) {
        json.object { json in
            json.field("fix", finding.fix)
            json.field("id", finding.id)
            json.key("location")
            if let location = finding.location {
                json.object { json in
                    json.field("column", location.column)
                    json.field("file", location.file)
                    json.field("line", location.line)
                }
            } else {
                json.null()
            }
            json.field("message", finding.message)
            json.field("rule", finding.rule)
            json.field("severity", finding.severity.rawValue)
            json.field("target", finding.target)
            json.field("waived", finding.isWaived)
            if let reason = finding.waiver { json.field("waiver_reason", reason) }
        }
    }
}
