import ArchitectureLoading
import ArchitectureModel
import ArgumentParser
import Foundation

/// Loads the model a command works on; a model that does not load prints its diagnostics and exits 2.
enum ModelInput {
    static func load(_ path: String) throws -> SystemModel {
        let result: ModelLoader.Result
        do {
            result = try ModelLoader.load(contentsOf: path)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitStatus.unusable
        }
        guard let model = result.model else {
            let report = DiagnosticReport(file: path, result: result)
            FileHandle.standardError.write(Data(TextDiagnostics.render(report).utf8))
            throw ExitStatus.unusable
        }
        return model
    }
}

/// Whether to colour output: only on a terminal, and never with NO_COLOR set.
enum Terminal {
    static var colorEnabled: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }
}
