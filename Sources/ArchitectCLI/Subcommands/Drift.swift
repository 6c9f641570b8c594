import ArchitectureImport
import ArchitectureLoading
import ArgumentParser
import Foundation

extension Architect {
    struct Drift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare a model with deployment files or traces: calls, components, replicas and zones.",
            discussion: """
                Sources are detected: a directory or a manifest is Kubernetes, a file with a top-level \
                `services:` is compose, JSON with spans is traces. Exit status: 0 no drift, 1 drift found, \
                2 the model or a source cannot be read or the model is invalid.
                """
        )

        @Argument(help: "The model file.")
        var model: String

        @Argument(help: "Deployment files, manifest directories or trace files.")
        var sources: [String]

        @Option(help: "text or json.")
        var format: DiagnosticFormat = .text

        @Option(name: .customLong("env-file"), help: "Compose variables from this file.")
        var envFiles: [String] = []

        func run() throws {
            let loaded: ModelLoader.Result
            do {
                loaded = try ModelLoader.load(contentsOf: model)
            } catch {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitStatus.unusable
            }
            guard let current = loaded.model else {
                print(DiagnosticFormat.text.render([DiagnosticReport(file: model, result: loaded)]), terminator: "")
                throw ExitStatus.unusable
            }
            let detected = sources.map(ImportSource.detect)
            let environment = ProcessInfo.processInfo.environment
            let importer = SystemImporter(compose: ComposeImporter(environment: environment, envFiles: envFiles))
            let observed: ImportedSystem
            do {
                observed = try importer.importSources(detected)
            } catch {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitStatus.unusable
            }
            let tracesOnly = detected.allSatisfy { if case .traces = $0 { true } else { false } }
            let report = DriftReport(model: current, observed: observed, tracesOnly: tracesOnly)
            print(format == .json ? report.json : report.text, terminator: "")
            if report.hasDrift { throw ExitStatus.failed }
        }
    }
}
