import MCP

/// One tool: what `tools/list` shows and the function `tools/call` runs (synchronous, off the
/// cooperative pool: see `ToolBox`).
struct ToolSpec: Sendable {
    var name: String
    var description: String
    var input: [String: Value]
    var required: [String] = []
    var output: Value
    var run: @Sendable (ToolArguments, ToolContext) throws(ToolError) -> ToolOutput

    var definition: Tool {
        Tool(
            name: name,
            description: description,
            inputSchema: Schema.object(input, required: required),
            annotations: .init(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false),
            outputSchema: output
        )
    }
}
