import ArchitectMCP
import ArgumentParser
import Foundation

extension Architect {
    struct MCP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp",
            abstract: "Serve the Model Context Protocol on standard input/output, for AI assistants.",
            discussion: """
                Tools: check_model, review_model, analyze_model, simulate, diagram, generate, list_rules, explain_rule, \
                import, what_if. Models are given as text or as a path under --root; nothing outside it is read. \
                Logs go to standard error. See docs/mcp.md for registering the server with a client.
                """
        )

        @Option(help: "The directory models may be read from (default: the current directory).")
        var root = "."

        @Option(help: "The largest model or import input accepted, in bytes.")
        var maxModelBytes = MCPLimits().maximumModelBytes

        @Option(help: "Wall time after which a simulate call is stopped and reported as an error, in seconds.")
        var maxSimulationSeconds = 30.0

        func validate() throws {
            if maxModelBytes < 1 { throw ValidationError("--max-model-bytes must be at least 1") }
            if !(maxSimulationSeconds > 0 && maxSimulationSeconds <= 3600) {
                throw ValidationError("--max-simulation-seconds must be above 0 and at most 3600")
            }
        }

        func run() async throws {
            let service = MCPService(
                root: root,
                version: Architect.configuration.version,
                limits: MCPLimits(
                    maximumModelBytes: maxModelBytes,
                    simulationWallClock: .milliseconds(Int(maxSimulationSeconds * 1000))
                )
            )
            do {
                try await service.run()
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitStatus.unusable
            }
        }
    }
}
