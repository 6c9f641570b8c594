public import Foundation
import MCP

/// `architect mcp`: a Model Context Protocol server on standard input and output, whose tools call
/// the same library functions as the CLI. Standard output carries only the protocol; logs go to
/// standard error.
public struct MCPService: Sendable {
    public var root: String
    public var version: String
    public var limits: MCPLimits

    public init(root: String, version: String, limits: MCPLimits = MCPLimits()) {
        self.root = root
        self.version = version
        self.limits = limits
    }

    /// Why the server cannot start.
    public struct StartError: Error, CustomStringConvertible, LocalizedError {
        public var description: String
        public var errorDescription: String? { description }
    }

    /// Serves until the client closes standard input.
    public func run() async throws {
        let directory: RootDirectory
        do {
            directory = try RootDirectory(root)
        } catch {
            throw StartError(description: "--root: \(error.description)")
        }
        let tools = ToolBox(context: ToolContext(root: directory, limits: limits))
        let resources = ResourceCatalog()
        let server = Server(
            name: "architect",
            version: version,
            title: "Architect",
            instructions: """
                Architect computes what a distributed-systems architect is asked: single points of failure, \
                availability over zones, capacity, latency, retry storms, review findings with fixes. Models \
                are YAML (format 1; read architect://spec/model-format) passed as `model` text or as a `path` \
                under \(directory.path). Ground every claim in a tool result; test a proposal with what_if.
                """,
            capabilities: .init(
                prompts: .init(listChanged: false),
                resources: .init(subscribe: false, listChanged: false),
                tools: .init(listChanged: false)
            )
        )
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools.definitions) }
        await server.withMethodHandler(LenientCallTool.self) { raw in
            try await tools.call(
                raw.decode(CallTool.Parameters.self, method: "tools/call", expected: "{name, arguments}")
            )
        }
        await server.withMethodHandler(ListResources.self) { _ in
            ListResources.Result(resources: resources.entries.map(\.resource))
        }
        await server.withMethodHandler(LenientReadResource.self) { raw in
            try resources.read(
                raw.decode(ReadResource.Parameters.self, method: "resources/read", expected: "{uri}").uri
            )
        }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in ListResourceTemplates.Result(templates: []) }
        await server.withMethodHandler(ListPrompts.self) { _ in
            ListPrompts.Result(prompts: PromptCatalog.entries.map(\.prompt))
        }
        await server.withMethodHandler(LenientGetPrompt.self) { raw in
            try PromptCatalog.get(
                raw.decode(GetPrompt.Parameters.self, method: "prompts/get", expected: "{name, arguments}")
            )
        }
        await server.withMethodHandler(OversizedMessage.self) { parameters in
            throw MCPError.invalidRequest(
                "the message is longer than the server's limit of \(parameters.limit) bytes; send a smaller model"
            )
        }
        MCPLog.write("serving \(directory.path) on standard input and output")
        // A model escaped as a JSON string grows (quotes, newlines); twice its limit and 1 MiB of envelope fit.
        let lineLimit = 2 * limits.maximumModelBytes + 1024 * 1024
        try await server.start(transport: LineTransport(maximumLineBytes: lineLimit))
        await server.waitUntilCompleted()
    }
}
