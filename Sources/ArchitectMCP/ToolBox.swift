import Dispatch
import Foundation
import MCP

/// Every tool the server offers, and the dispatch of `tools/call` to them.
struct ToolBox: Sendable {
    static let tools: [ToolSpec] = [
        .checkModel, .reviewModel, .analyzeModel, .simulate, .diagram, .generate, .listRules, .explainRule,
        .importModel, .whatIf,
    ]

    let context: ToolContext

    var definitions: [Tool] { Self.tools.map(\.definition) }

    /// Runs a tool. An unknown tool or a malformed argument is a protocol error (invalid params); a
    /// request the tool cannot carry out (a model that does not load, a path outside the root, an
    /// invalid patch) is a result with `isError: true` and the reason, as the MCP spec asks.
    func call(_ parameters: CallTool.Parameters) async throws -> CallTool.Result {
        guard let tool = Self.tools.first(where: { $0.name == parameters.name }) else {
            let names = Self.tools.map(\.name).joined(separator: ", ")
            throw MCPError.invalidParams("unknown tool `\(parameters.name)`; the tools are: \(names)")
        }
        let context = context
        let outcome: Result<ToolOutput, ToolError> = await Self.offload {
            Result { () throws(ToolError) -> ToolOutput in
                let arguments = try ToolArguments(parameters.arguments, allowed: tool.input.keys.sorted())
                return try tool.run(arguments, context)
            }
        }
        switch outcome {
        case .success(let output): return output.result
        case .failure(.invalidArgument(let message)):
            throw MCPError.invalidParams("\(tool.name): \(message)")
        case .failure(let error):
            MCPLog.write("\(tool.name): \(error.description)")
            return CallTool.Result(
                content: [.text(text: error.description, annotations: nil, _meta: nil)],
                isError: true
            )
        }
    }

    /// Runs synchronous work on a Dispatch thread: a review or simulation that takes seconds must not
    /// hold one of the cooperative pool's few threads (two on two cores), or other requests would wait.
    static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
