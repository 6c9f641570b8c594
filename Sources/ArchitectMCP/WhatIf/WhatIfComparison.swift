import ArchitectureAnalysis
import ArchitectureAssessment
import ArchitectureModel
import ArchitectureOutput
import ArchitectureReview
import MCP

/// A model before and after a change, assessed as review_model and analyze_model do, and what
/// differs (`AssessmentDelta`), as the tool's result.
struct WhatIfComparison {
    var structured: [String: Value]
    private let delta: AssessmentDelta

    init(
        before: SystemModel,
        after: SystemModel,
        configuration: ReviewConfiguration,
        today: CalendarDate
    ) throws(ToolError) {
        let assessments = try [before, after].map { model throws(ToolError) in
            do {
                return try Assessment(model: model, configuration: configuration, today: today)
            } catch {
                throw .failed("the model cannot be analyzed: \(error)")
            }
        }
        delta = AssessmentDelta(from: assessments[0], to: assessments[1])
        let changed = zip(
            try Self.values(delta.changed.map(\.before)),
            try Self.values(delta.changed.map(\.after))
        )
        structured = [
            "findings": [
                "added": .array(try Self.values(delta.added)),
                "removed": .array(try Self.values(delta.removed)),
                "changed": .array(changed.map { ["before": $0, "after": $1] }),
                "before": Self.value(delta.summaryBefore), "after": Self.value(delta.summaryAfter),
            ],
            "workflows": .array(
                delta.workflows.map { workflow in
                    let old = workflow.before
                    let new = workflow.after
                    return [
                        "name": .string(workflow.name),
                        "availability_before": Self.number(old?.availability),
                        "availability_after": Self.number(new?.availability),
                        "availability_delta": Self.number(
                            old.flatMap { old in new.map { $0.availability - old.availability } }
                        ),
                        "mean_latency_ms_before": Self.number(old?.meanLatencyMS),
                        "mean_latency_ms_after": Self.number(new?.meanLatencyMS),
                    ]
                }
            ),
            "numbers": .array(
                delta.numbers.map { ["path": .string($0.path), "before": Value($0.before), "after": Value($0.after)] }
            ),
        ]
    }

    func summary(applied: [String]) -> String {
        let ids = { (findings: [Finding]) in findings.isEmpty ? "none" : findings.map(\.id).joined(separator: ", ") }
        var lines = ["applied: " + applied.joined(separator: "; ")]
        lines.append("findings removed: " + ids(delta.removed))
        lines.append("findings added: " + ids(delta.added))
        for workflow in delta.workflows {
            let show = { (value: Double?) in value.map { "\($0)" } ?? "n/a" }
            lines.append(
                "\(workflow.name) availability: \(show(workflow.before?.availability)) -> "
                    + show(workflow.after?.availability)
            )
        }
        return lines.joined(separator: "\n")
    }

    /// Findings in order, each as review_model gives it: written by the review's own JSON renderer.
    private static func values(_ findings: [Finding]) throws(ToolError) -> [Value] {
        let text = JSONWriter.text { json in
            json.array { json in
                for finding in findings { JSONReportRenderer.write(finding, into: &json) }
            }
        }
        guard case .array(let values) = try Value(jsonText: text) else { return [] }
        return values
    }

    private static func value(_ summary: ReviewReport.Summary) -> Value {
        [
            "error": .int(summary.error), "warning": .int(summary.warning), "info": .int(summary.info),
            "waived": .int(summary.waived),
        ]
    }

    private static func number(_ value: Double?) -> Value { value.map(Value.double) ?? .null }
}
