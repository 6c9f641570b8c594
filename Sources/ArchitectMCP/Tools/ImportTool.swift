import ArchitectureImport
import Foundation
import MCP

extension ToolSpec {
    /// `import`: `architect import` on files given as content. They are written to a private temporary
    /// directory, read by the same importers, and the directory is removed; paths in the evidence are
    /// the names given.
    static let importModel = ToolSpec(
        name: "import",
        description: """
            Build a first model from docker-compose files, Kubernetes manifests or traces (Zipkin v2, Jaeger \
            or OTLP JSON), given as content. Returns the model as YAML, with every element's evidence and \
            confidence in comments and in `evidence`, and the notes to confirm. Check and review the result \
            next.
            """,
        input: [
            "sources": Schema.array(
                Schema.object(
                    [
                        "kind": Schema.string("How to read it.", values: ["compose", "k8s", "traces"]),
                        "name": Schema.string("A file name such as docker-compose.yml (letters, digits, . _ -)."),
                        "content": Schema.string("The file's text."),
                    ],
                    required: ["kind", "name", "content"]
                ),
                description: "The inputs, merged in order into one model."
            ),
            "env": Schema.string("Compose variables, as a .env file's text (`${VAR:-default}` is resolved from it)."),
            "name": Schema.string("The system's name (default: imported)."),
        ],
        required: ["sources"],
        output: Schema.object(
            [
                "model": Schema.string("The imported model, format-1 YAML."),
                "evidence": Schema.anyObject,
                "notes": Schema.array(Schema.string()),
            ],
            required: ["model", "evidence", "notes"]
        )
    ) { arguments, context throws(ToolError) in
        let sources = try ImportFiles(arguments, limit: context.limits.maximumModelBytes)
        return try sources.withFiles { directory, paths throws(ToolError) in
            let importer = SystemImporter(compose: ComposeImporter(environment: [:]))
            let system: ImportedSystem
            do throws(ImportError) {
                system = try importer.importSources(paths)
            } catch {
                throw .failed(ImportFiles.relative(error.description, to: directory))
            }
            let imported = system.makeModel(name: try arguments.string("name") ?? "imported", sources: sources.names)
            let yaml: String
            do throws(UnloadableImport) {
                yaml = try imported.checkedYAML(file: "imported.yaml")
            } catch {
                throw .failed(error.description)
            }
            let evidence = ImportFiles.relative(EvidenceReport(system, sources: sources.names).json, to: directory)
            let notes = system.notes.map { ImportFiles.relative("\($0)", to: directory) }
            let structured: Value = [
                "model": .string(ImportFiles.relative(yaml, to: directory)),
                "evidence": try Value(jsonText: evidence),
                "notes": .array(notes.map(Value.string)),
            ]
            let summary =
                "imported \(system.components.count) component(s) from \(sources.names.joined(separator: ", "))"
                + notes.map { "\n\($0)" }.joined()
            return ToolOutput(structured: structured, summary: summary)
        }
    }
}

/// The `import` tool's inputs as files in a private temporary directory, for the path-based importers.
struct ImportFiles {
    var names: [String]
    var kinds: [String]
    var contents: [String]
    var env: String?

    init(_ arguments: ToolArguments, limit: Int) throws(ToolError) {
        guard let sources = try arguments.objects("sources"), !sources.isEmpty else {
            throw .invalidArgument("`sources` must list at least one {kind, name, content}")
        }
        names = []
        kinds = []
        contents = []
        for (index, source) in sources.enumerated() {
            let item = try ToolArguments(source, allowed: ["kind", "name", "content"])
            let kind = try item.requiredString("kind")
            guard ["compose", "k8s", "traces"].contains(kind) else {
                throw .invalidArgument("sources[\(index)].kind must be compose, k8s or traces, got `\(kind)`")
            }
            let name = try item.requiredString("name")
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
            guard !name.isEmpty, name.count <= 255, !name.hasPrefix("."), name.allSatisfy(allowed.contains) else {
                throw .invalidArgument(
                    "sources[\(index)].name must be a plain file name (letters, digits, . _ -, not starting with .), got `\(name)`"
                )
            }
            guard !names.contains(name) else { throw .invalidArgument("sources: the name `\(name)` is given twice") }
            names.append(name)
            kinds.append(kind)
            contents.append(try item.requiredString("content"))
        }
        env = try arguments.string("env")
        let bytes = contents.reduce(env?.utf8.count ?? 0) { $0 + $1.utf8.count }
        guard bytes <= limit else { throw .tooLarge(what: "the import sources", bytes: bytes, limit: limit) }
    }

    /// Writes the files (and `.env`), runs `body` on their sources, and removes them whatever happens.
    func withFiles<T>(
        _ body: (_ directory: String, _ sources: [ImportSource]) throws(ToolError) -> T
    ) throws(ToolError) -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("architect-mcp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            try FileManager.default.createDirectory(
                atPath: directory,
                withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700]
            )
            for (name, content) in zip(names, contents) {
                try Data(content.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(name)"))
            }
            if let env { try Data(env.utf8).write(to: URL(fileURLWithPath: "\(directory)/.env")) }
        } catch {
            throw .failed("cannot write the import sources to a temporary directory: \(error)")
        }
        let sources = zip(kinds, names).map { kind, name in
            let path = "\(directory)/\(name)"
            switch kind {
            case "compose": return ImportSource.compose(path)
            case "k8s": return ImportSource.kubernetes(path)
            default: return ImportSource.traces(path)
            }
        }
        return try body(directory, sources)
    }

    /// Text with the temporary directory taken out of its paths, so they read as the names given.
    static func relative(_ text: String, to directory: String) -> String {
        text.replacingOccurrences(of: directory + "/", with: "")
    }
}
