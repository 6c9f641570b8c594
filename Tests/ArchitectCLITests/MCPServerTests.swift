import ArchitectTestSupport
import Foundation
import Testing

/// `architect mcp` driven by an independent client, the Python `mcp` package from PyPI
/// (MCPClient/check_mcp_server.py): every tool on the examples against the CLI's JSON, resources,
/// prompts, malformed requests, the root directory's boundary, and `what_if` on a single point of
/// failure against a closed form computed from the model.
@Suite(.serialized, .timeLimit(.minutes(10))) struct MCPServerTests {
    static let script = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectCLITests/MCPClient/check_mcp_server.py"
    )
    static let clientReady = ExternalTools.pythonModulesAvailable(["mcp", "jsonschema", "yaml"])

    @Test(.enabled(if: clientReady, "needs the Python MCP client: pip install mcp jsonschema pyyaml"))
    func independentClientAgreesWithTheCLI() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-mcp-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = await ExternalTools.runAsync(
            "python3",
            [Self.script.path, try Architect.executable(), RepositoryPaths.root.path, scratch.path]
        )
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(3000))")
        #expect(result.stdout.contains(", 0 failed"), "\(result.stdout)")
        // Enough checks ran that a client which silently skipped sections would be noticed.
        let counts = result.stdout.split(separator: "\n").last { $0.hasPrefix("mcp: ") }
        let passed = counts.flatMap { Int($0.dropFirst(5).prefix { $0.isNumber }) } ?? 0
        #expect(passed >= 400, "\(result.stdout)")
    }
}
