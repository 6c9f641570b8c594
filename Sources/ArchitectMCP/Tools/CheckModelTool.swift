import ArchitectureLoading
import ArchitectureModel
import MCP

extension ToolSpec {
    /// `check_model`: `architect check --format json`, with the verdict and counts beside the diagnostics.
    static let checkModel = ToolSpec(
        name: "check_model",
        description: """
            Load a model and report every problem at once, like a compiler: file, line, column, YAML path, \
            message and a hint (often "did you mean ..."). Call it first on any model you write or edit.
            """,
        input: ModelArgument.schemaProperties,
        output: Schema.object(
            [
                "file": Schema.string(),
                "valid": Schema.boolean,
                "errors": Schema.integer(minimum: 0),
                "warnings": Schema.integer(minimum: 0),
                "diagnostics": Schema.array(
                    Schema.object(
                        [
                            "file": Schema.string(), "line": Schema.integer(), "column": Schema.integer(),
                            "severity": Schema.string(values: ["error", "warning"]), "path": Schema.string(),
                            "message": Schema.string(), "hint": Schema.nullableString,
                        ],
                        required: ["file", "line", "column", "severity", "path", "message", "hint"]
                    ),
                    description: "The array `architect check --format json` prints."
                ),
            ],
            required: ["file", "valid", "errors", "warnings", "diagnostics"]
        )
    ) { arguments, context throws(ToolError) in
        let input = try ModelArgument(arguments, context: context)
        let result = input.load()
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        let structured: Value = [
            "file": .string(input.file),
            "valid": .bool(result.isValid),
            "errors": .int(errors),
            "warnings": .int(warnings),
            "diagnostics": try Value(jsonText: JSONDiagnostics.render(result.diagnostics)),
        ]
        let verdict = result.isValid ? "valid" : "invalid"
        let summary =
            "\(input.file): \(verdict), \(errors) error(s), \(warnings) warning(s)"
            + result.diagnostics.prefix(20).map { "\n" + $0.headline }.joined()
        return ToolOutput(structured: structured, summary: summary)
    }
}
