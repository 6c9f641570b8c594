import MCP

/// A tool's result: the structured document its output schema declares, and a short summary for
/// clients that show text.
struct ToolOutput: Sendable {
    var structured: Value
    var summary: String

    var result: CallTool.Result {
        // The text carries the document too, for clients that read only text content (as the spec advises).
        CallTool.Result(
            content: [.text(text: summary + "\n\n" + structured.jsonText, annotations: nil, _meta: nil)],
            structuredContent: structured as Value?
        )
    }
}
