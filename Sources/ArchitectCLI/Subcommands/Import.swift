import ArchitectureImport
import ArchitectureLoading
import ArchitectureModel
import ArgumentParser
import Foundation

extension Architect {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a first model from docker-compose files, Kubernetes manifests or traces.",
            discussion: """
                Every inferred element carries its evidence (file:line or span ids) and a confidence in a \
                comment; `--evidence FILE` writes the same as JSON. Add `--compose`, `--k8s` or `--traces` to \
                merge more sources into one model. Exit status: 0 written, 2 an input cannot be read.
                """,
            subcommands: [ImportCompose.self, ImportKubernetes.self, ImportTraces.self]
        )
    }
}

/// Output and merge options every `import` subcommand shares.
struct ImportOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the model to this file (atomically) instead of printing it.")
    var output: String?

    @Option(help: "Write every element's evidence and confidence to this JSON file.")
    var evidence: String?

    @Option(help: "The system's name (default: the folder of the first input).")
    var name: String?

    @Option(name: .customLong("compose"), help: "Also read this compose file (repeatable).")
    var moreCompose: [String] = []

    @Option(name: .customLong("k8s"), help: "Also read these manifests (repeatable).")
    var moreManifests: [String] = []

    @Option(name: .customLong("traces"), help: "Also read this trace file (repeatable).")
    var moreTraces: [String] = []

    @Option(name: .customLong("env-file"), help: "Compose variables from this file instead of the `.env` beside it.")
    var envFiles: [String] = []

    @Flag(help: "Render Helm charts and kustomizations with `helm template` / `kubectl kustomize`.")
    var render = false

    /// Reads the sources, writes the model and the evidence, and prints the notes to standard error.
    func run(_ sources: [ImportSource]) throws {
        let importer = SystemImporter(
            compose: ComposeImporter(environment: ProcessInfo.processInfo.environment, envFiles: envFiles),
            kubernetes: KubernetesImporter(render: render)
        )
        let all =
            sources + moreCompose.map(ImportSource.compose) + moreManifests.map(ImportSource.kubernetes)
            + moreTraces.map(ImportSource.traces)
        let system: ImportedSystem
        do {
            system = try importer.importSources(all)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitStatus.unusable
        }
        let paths = all.map(\.path)
        let imported = system.makeModel(name: name ?? Self.defaultName(paths[0]), sources: paths)
        let yaml: String
        do {
            yaml = try imported.checkedYAML(file: output ?? "<import>")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
        if let evidence { try OutputFile.write(EvidenceReport(system, sources: paths).json, to: evidence) }
        if let output { try OutputFile.write(yaml, to: output) } else { print(yaml, terminator: "") }
        let summary = system.notes.map { "\($0)\n" }.joined()
        FileHandle.standardError.write(Data(summary.utf8))
    }

    /// `shop` for `shop/deploy/docker-compose.yml` or `shop/k8s/`: the first folder not named like deployment files.
    static func defaultName(_ path: String) -> String {
        let generic: Set<String> = [
            "", ".", "deploy", "deployment", "deployments", "k8s", "kubernetes", "manifests", "kubernetes-manifests",
            "docker-compose", "compose", "traces", "testdata", "helm", "charts", "kustomize", "base", "overlays",
        ]
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            url.deleteLastPathComponent()
        }
        while url.path != "/", generic.contains(url.lastPathComponent.lowercased()) { url.deleteLastPathComponent() }
        let name = ScalarSyntax.slug(url.lastPathComponent)
        return name.isEmpty ? "imported" : name
    }
}
