import ArchitectureLoading
import ArchitectureModel
import ArgumentParser
import Foundation

extension Architect {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load models and report every problem, like a compiler.",
            discussion:
                "Exit status: 0 when every model is valid (warnings allowed), 1 when one has errors, 2 when a file cannot be read."
        )

        @Argument(help: "Model files (YAML or JSON).")
        var models: [String]

        @Option(help: "text (for people) or json (one object per diagnostic).")
        var format: DiagnosticFormat = .text

        func run() throws {
            var status = ExitCode.success
            var reports: [DiagnosticReport] = []
            for path in models {
                do {
                    let result = try ModelLoader.load(contentsOf: path)
                    reports.append(DiagnosticReport(file: path, result: result))
                    if !result.isValid, status == .success { status = ExitStatus.failed }
                } catch {
                    FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                    status = ExitStatus.unusable
                }
            }
            print(format.render(reports), terminator: "")
            if status != .success { throw status }
        }
    }
}
