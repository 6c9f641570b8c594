import ArchitectureLoading
import ArchitectureModel
import ArgumentParser
import Foundation

/// The diagnostics of one loaded file, with the source text to quote.
struct DiagnosticReport {
    var file: String
    var result: ModelLoader.Result
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    func render(_ reports: [DiagnosticReport]) -> String {
        switch self {
        case .text: return reports.map(TextDiagnostics.render).joined()
        case .json: return JSONDiagnostics.render(reports.flatMap(\.result.diagnostics))
        }
    }
}

/// `shop.yaml:12:7: error: ...`, the offending line and a caret, then a summary per file.
enum TextDiagnostics {
    static func render(_ report: DiagnosticReport) -> String {
        let lines = report.result.diagnostics.isEmpty ? [] : sourceLines(report.file)
        var output = ""
        for diagnostic in report.result.diagnostics {
            let location = diagnostic.location
            output += diagnostic.headline + "\n"
            if location.line >= 1, location.line <= lines.count {
                let line = String(lines[location.line - 1])
                let number = String(location.line)
                let gutter = String(repeating: " ", count: number.count)
                let caretOffset = line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
                output += " \(number) | \(line)\n \(gutter) | \(caretOffset)^\n"
            }
            if let hint = diagnostic.hint {
                output += "  hint: \(hint)\n"
            }
        }
        output += summary(report)
        return output
    }

    private static func summary(_ report: DiagnosticReport) -> String {
        let errors = report.result.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.result.diagnostics.count - errors
        let counts = [plural(errors, "error"), plural(warnings, "warning")].filter { !$0.hasPrefix("0 ") }.joined(
            separator: ", "
        )
        guard let model = report.result.model else { return "\(report.file): invalid (\(counts))\n" }
        let contents = [
            plural(model.services.count, "service"), plural(model.datastores.count, "datastore"),
            plural(model.topics.count, "topic"), plural(model.workflows.count, "workflow"),
        ].joined(separator: ", ")
        return "\(report.file): valid, \(contents)\(counts.isEmpty ? "" : "; \(counts)")\n"
    }

    private static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// The file's lines, to quote; empty when it cannot be read as text.
    private static func sourceLines(_ path: String) -> [Substring] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self)
        else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }
}
