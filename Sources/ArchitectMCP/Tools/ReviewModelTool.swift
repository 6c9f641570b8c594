import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import MCP

extension ToolSpec {
    /// `review_model`: `architect review --format json`, the same report.
    static let reviewModel = ToolSpec(
        name: "review_model",
        description: """
            Review a model against the rule catalog (resilience, data, messaging, security, operations, \
            capacity): every finding with its rule, severity, target, message with numbers, and fix. \
            list_rules shows the catalog; explain_rule documents one rule.
            """,
        input: ModelArgument.schemaProperties.merging(ReviewConfigurationArgument.schemaProperties) { first, _ in first
        }
        .merging([
            "today": Schema.string("The date waivers expire against, YYYY-MM-DD (default: today, UTC).")
        ]) { first, _ in first },
        output: reviewOutput
    ) { arguments, context throws(ToolError) in
        let model = try ModelArgument(arguments, context: context).model()
        let configuration = try ReviewConfigurationArgument.configuration(arguments, context: context)
        let today = try arguments.today()
        let report = Reviewer.review(model, configuration: configuration, today: today)
        let summary = report.summary
        let open = report.findings.filter { !$0.isWaived }
        let text =
            "\(report.system): \(summary.error) error(s), \(summary.warning) warning(s), \(summary.info) info, "
            + "\(summary.waived) waived"
            + open.prefix(30).map { "\n\($0.severity.rawValue) \($0.id): \($0.message)" }.joined()
        return ToolOutput(structured: try Value(jsonText: JSONReportRenderer.render(report)), summary: text)
    }

    /// `architect review --format json` (rules.md, "Output").
    static let reviewOutput = Schema.open([
        "format": Schema.integer(),
        "system": Schema.string(),
        "findings": Schema.array(reviewFinding),
        "summary": reviewSummary,
    ])

    static let reviewSummary = Schema.open([
        "error": Schema.integer(minimum: 0), "warning": Schema.integer(minimum: 0),
        "info": Schema.integer(minimum: 0), "waived": Schema.integer(minimum: 0),
    ])

    static let reviewFinding = Schema.open(
        [
            "id": Schema.string(), "rule": Schema.string(),
            "severity": Schema.string(values: ["error", "warning", "info"]), "target": Schema.string(),
            "message": Schema.string(), "fix": Schema.string(), "waived": Schema.boolean,
            "location": ["type": ["object", "null"]],
        ],
        required: ["id", "rule", "severity", "target", "message", "fix", "waived", "location"]
    )
}

/// Rule ids as the server takes them: an unknown one is refused with the id meant.
enum RuleLookup {
    static func entry(_ id: String) throws(ToolError) -> RuleInfo {
        guard let rule = RuleCatalog.entry(id) else {
            let hint = Suggestion.hint(for: id, among: RuleCatalog.entries.map(\.id)).map { "; \($0)" } ?? ""
            throw .failed("unknown rule `\(id)`\(hint); list_rules lists them")
        }
        return rule
    }
}
