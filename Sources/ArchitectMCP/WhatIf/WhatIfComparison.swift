import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureReview
import MCP

/// A model before and after a change, reviewed and analyzed as review_model and analyze_model do,
/// and what differs.
struct WhatIfComparison {
    var structured: [String: Value]
    private var added: [Value]
    private var removed: [Value]
    private var workflows: [(name: String, before: Double?, after: Double?)]

    init(before: SystemModel, after: SystemModel, today: CalendarDate) throws(ToolError) {
        let reviews = [before, after].map { Reviewer.review($0, configuration: ReviewConfiguration(), today: today) }
        let documents = try reviews.map { report throws(ToolError) in
            try Value(jsonText: JSONReportRenderer.render(report))
        }
        let old = Self.findings(documents[0])
        let new = Self.findings(documents[1])
        added = []
        removed = []
        var changed: [Value] = []
        // Findings are matched by id (rule:target); several with one id pair up in order.
        for id in Set(old.map(\.id)).union(new.map(\.id)).sorted() {
            let was = old.filter { $0.id == id }.map(\.finding)
            let now = new.filter { $0.id == id }.map(\.finding)
            for (first, second) in zip(was, now) where Self.withoutLocation(first) != Self.withoutLocation(second) {
                changed.append(["before": first, "after": second])
            }
            removed += was.dropFirst(now.count)
            added += now.dropFirst(was.count)
        }
        let analyses = [try ToolSpec.analyze(before), try ToolSpec.analyze(after)]
        let names =
            analyses[0].workflows.map(\.name)
            + analyses[1].workflows.map(\.name).filter { name in !analyses[0].workflows.contains { $0.name == name } }
        let figures = names.map { name in
            (name, analyses[0].workflows.first { $0.name == name }, analyses[1].workflows.first { $0.name == name })
        }
        workflows = figures.map { ($0.0, $0.1?.availability, $0.2?.availability) }
        let numbers = JSONDifference.changes(from: analyses[0].json, to: analyses[1].json).map { change -> Value in
            ["path": .string(change.path), "before": Value(change.before), "after": Value(change.after)]
        }
        structured = [
            "findings": [
                "added": .array(added), "removed": .array(removed), "changed": .array(changed),
                "before": Self.summary(documents[0]), "after": Self.summary(documents[1]),
            ],
            "workflows": .array(
                figures.map { name, old, new in
                    [
                        "name": .string(name),
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
            "numbers": .array(numbers),
        ]
    }

    func summary(applied: [String]) -> String {
        let describe = { (finding: Value) -> String in
            guard case .object(let fields) = finding, case .string(let id)? = fields["id"] else { return "?" }
            return id
        }
        var lines = ["applied: " + applied.joined(separator: "; ")]
        lines.append("findings removed: " + (removed.isEmpty ? "none" : removed.map(describe).joined(separator: ", ")))
        lines.append("findings added: " + (added.isEmpty ? "none" : added.map(describe).joined(separator: ", ")))
        for workflow in workflows {
            let show = { (value: Double?) in value.map { "\($0)" } ?? "n/a" }
            lines.append("\(workflow.name) availability: \(show(workflow.before)) -> \(show(workflow.after))")
        }
        return lines.joined(separator: "\n")
    }

    private static func findings(_ document: Value) -> [(id: String, finding: Value)] {
        guard case .object(let fields) = document, case .array(let findings)? = fields["findings"] else { return [] }
        return findings.compactMap { finding in
            guard case .object(let entry) = finding, case .string(let id)? = entry["id"] else { return nil }
            return (id, finding)
        }
    }

    /// A finding without its location, which moves when the model is rewritten as JSON.
    private static func withoutLocation(_ finding: Value) -> Value {
        guard case .object(var fields) = finding else { return finding }
        fields["location"] = nil
        return .object(fields)
    }

    private static func summary(_ document: Value) -> Value {
        guard case .object(let fields) = document else { return .null }
        return fields["summary"] ?? .null
    }

    private static func number(_ value: Double?) -> Value { value.map(Value.double) ?? .null }
}
