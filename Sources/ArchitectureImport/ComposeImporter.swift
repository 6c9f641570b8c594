import ArchitectureLoading
import ArchitectureModel
import Foundation

/// Reads docker-compose files (v2, v3 and the Compose spec): services and their images, environment
/// (with `${VAR:-default}` from `.env`), commands, ports, replicas and health checks. `depends_on`
/// and `links` are start order and reachability, kept as evidence and never made calls.
public struct ComposeImporter: Sendable {
    /// Variables as the shell would set them; they win over `.env`, as in Compose.
    public var environment: [String: String]
    /// `--env-file`; when empty, the `.env` beside the first compose file, if there is one.
    public var envFiles: [String]

    public init(environment: [String: String] = [:], envFiles: [String] = []) {
        self.environment = environment
        self.envFiles = envFiles
    }

    public func importFiles(_ paths: [String]) throws(ImportError) -> ImportedSystem {
        guard let first = paths.first else { throw .noInput("name at least one compose file") }
        var files = envFiles
        if files.isEmpty {
            let beside = URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent(".env").path
            if FileManager.default.fileExists(atPath: beside) { files = [beside] }
        }
        var variables = environment
        for file in files {
            variables = ComposeInterpolation.parseEnvFile(try ImportError.readText(file), inherited: variables)
        }
        var documents: [(path: String, services: [YAMLNode.Pair])] = []
        for path in paths {
            let text = try ImportError.readText(path)
            switch YAMLDocument.parseStream(text) {
            case .failure(let problem): throw .invalidYAML(path: path, line: problem.line, message: problem.message)
            case .success(let roots):
                guard let services = roots.first?["services"]?.pairs else {
                    throw .invalidYAML(path: path, line: 1, message: "no `services` mapping: not a compose file")
                }
                documents.append((path, services))
            }
        }
        var reader = ComposeReader(interpolation: ComposeInterpolation(variables: variables))
        for document in documents { reader.register(document.services, file: document.path) }
        for document in documents { reader.read(document.services, file: document.path) }
        if !reader.interpolation.missing.isEmpty {
            reader.system.note(
                .warning,
                "variables not set, read as empty: \(reader.interpolation.missing.joined(separator: ", ")); pass --env-file"
            )
        }
        reader.system.settle()
        return reader.system
    }
}
