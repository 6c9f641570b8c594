import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureReview
import MCP

extension ToolSpec {
    /// `what_if`: change a model, then review and analyze both versions and return what differs.
    static let whatIf = ToolSpec(
        name: "what_if",
        description: """
            Test a design change before recommending it: apply a JSON merge patch (RFC 7386) to the model \
            and/or set replicas, zones or call timeouts, then review and analyze both versions. Returns the \
            findings added, removed and changed, each workflow's availability and latency before and after, \
            every analysis number that moved, and the changed model (JSON).
            """,
        input: ModelArgument.schemaProperties.merging([
            "patch": [
                "type": "object",
                "description": """
                A JSON merge patch (RFC 7386) on the model's JSON form: objects merge, null removes a key, \
                other values (lists included) replace. Example: {"services": {"orders": {"replicas": 3}}}.
                """,
            ],
            "set_replicas": Schema.array(
                Schema.object(
                    ["component": Schema.string(), "replicas": Schema.integer(minimum: 1)],
                    required: ["component", "replicas"]
                ),
                description: "Set the replicas of services, datastores or brokers."
            ),
            "set_zones": Schema.array(
                Schema.object(
                    ["component": Schema.string(), "zones": Schema.array(Schema.string())],
                    required: ["component", "zones"]
                ),
                description: "Set the zones a component's replicas are spread over."
            ),
            "set_timeouts": Schema.array(
                Schema.object(
                    [
                        "from": Schema.string("The calling service."),
                        "to": Schema.string("The callee (default: every call of `from`)."),
                        "timeout": Schema.string("A duration such as 300ms."),
                    ],
                    required: ["from", "timeout"]
                ),
                description: "Set the timeout of a service's calls."
            ),
            "today": Schema.string("The date waivers expire against, YYYY-MM-DD (default: today, UTC)."),
        ]) { first, _ in first }.merging(ReviewConfigurationArgument.schemaProperties) { first, _ in first },
        output: whatIfOutput
    ) { arguments, context throws(ToolError) in
        let original = try ModelArgument(arguments, context: context)
        let before = try original.model()
        var document = try ModelDocument(original)
        let applied = try WhatIfChanges(arguments).apply(to: &document.root)
        guard !applied.isEmpty else {
            throw .invalidArgument("give a change: `patch`, `set_replicas`, `set_zones` or `set_timeouts`")
        }
        let changedText = document.text
        guard changedText.utf8.count <= context.limits.maximumModelBytes else {
            throw .tooLarge(
                what: "the changed model",
                bytes: changedText.utf8.count,
                limit: context.limits.maximumModelBytes
            )
        }
        let after: SystemModel
        do throws(ToolError) {
            after = try ModelArgument(text: changedText, file: "changed-model.json").model()
        } catch {
            throw .invalidPatch("the changed model does not load: \(error.description)")
        }
        let today = try arguments.today()
        let comparison = try WhatIfComparison(
            before: before,
            after: after,
            configuration: try ReviewConfigurationArgument.configuration(arguments, context: context),
            today: today
        )
        var structured = comparison.structured
        structured["applied"] = .array(applied.map(Value.string))
        structured["model"] = .string(changedText)
        return ToolOutput(structured: .object(structured), summary: comparison.summary(applied: applied))
    }

    static let whatIfOutput: Value = {
        let finding = reviewFinding
        let number: Value = ["type": ["number", "null"]]
        return Schema.object(
            [
                "applied": Schema.array(Schema.string(), description: "The changes, in the order applied."),
                "model": Schema.string("The changed model, JSON (a model file as it is)."),
                "findings": Schema.object(
                    [
                        "added": Schema.array(finding), "removed": Schema.array(finding),
                        "changed": Schema.array(
                            Schema.object(["before": finding, "after": finding], required: ["before", "after"])
                        ),
                        "before": reviewSummary, "after": reviewSummary,
                    ],
                    required: ["added", "removed", "changed", "before", "after"]
                ),
                "workflows": Schema.array(
                    Schema.object(
                        [
                            "name": Schema.string(),
                            "availability_before": number, "availability_after": number, "availability_delta": number,
                            "mean_latency_ms_before": number, "mean_latency_ms_after": number,
                        ],
                        required: [
                            "name", "availability_before", "availability_after", "availability_delta",
                            "mean_latency_ms_before", "mean_latency_ms_after",
                        ]
                    )
                ),
                "numbers": Schema.array(
                    Schema.object(
                        ["path": Schema.string(), "before": [:], "after": [:]],
                        required: ["path", "before", "after"]
                    ),
                    description: "Every figure of analyze_model that differs, such as workflows[checkout].availability."
                ),
            ],
            required: ["applied", "model", "findings", "workflows", "numbers"]
        )
    }()
}
