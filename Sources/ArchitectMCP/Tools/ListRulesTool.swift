import ArchitectureReview
import MCP

extension ToolSpec {
    /// `list_rules`: `architect rules --format json`, under `rules`.
    static let listRules = ToolSpec(
        name: "list_rules",
        description: "List the review rule catalog: id, default severity, category, summary and parameters.",
        input: [:],
        output: Schema.object(
            [
                "rules": Schema.array(
                    Schema.open([
                        "id": Schema.string(), "severity": Schema.string(), "category": Schema.string(),
                        "summary": Schema.string(), "parameters": Schema.array(Schema.anyObject),
                    ])
                )
            ],
            required: ["rules"]
        )
    ) { _, _ throws(ToolError) in
        let entries = RuleCatalog.entries
        let structured: Value = ["rules": try Value(jsonText: RuleCatalogRenderer.json(entries))]
        return ToolOutput(structured: structured, summary: RuleCatalogRenderer.text(entries))
    }
}
