import ArchitectureReview
import MCP

extension ToolSpec {
    /// `explain_rule`: `architect rules ID`, the catalog entry and its full documentation.
    static let explainRule = ToolSpec(
        name: "explain_rule",
        description: """
            Document one review rule in full: what it checks, why (with sources), its parameters and how to \
            fix or waive a finding.
            """,
        input: ["id": Schema.string("A rule id, such as timeout-inversion (list_rules lists them).")],
        required: ["id"],
        output: Schema.open([
            "id": Schema.string(), "severity": Schema.string(), "category": Schema.string(),
            "summary": Schema.string(), "parameters": Schema.array(Schema.anyObject),
            "documentation": Schema.string(),
        ])
    ) { arguments, _ throws(ToolError) in
        let rule = try RuleLookup.entry(try arguments.requiredString("id"))
        let documentation = RuleDocumentation.text(rule)
        guard case .array(let entries) = try Value(jsonText: RuleCatalogRenderer.json([rule])),
            case .object(var entry) = entries.first
        else { throw .failed("internal error: the rule catalog entry of \(rule.id) is not an object") }
        entry["documentation"] = .string(documentation)
        return ToolOutput(structured: .object(entry), summary: documentation)
    }
}
