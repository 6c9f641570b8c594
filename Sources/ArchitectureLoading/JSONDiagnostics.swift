package import ArchitectureModel
import Foundation

/// A JSON array of `{file, line, column, severity, path, message, hint}`: `architect check --format json`
/// and the diagnostics of the MCP `check_model` tool.
package enum JSONDiagnostics {
    private struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var path: String
        var message: String
        var hint: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(path, forKey: .path)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }

        enum CodingKeys: String, CodingKey { case file, line, column, severity, path, message, hint }
    }

    package static func render(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(
                file: $0.location.file,
                line: $0.location.line,
                column: $0.location.column,
                severity: $0.severity.rawValue,
                path: $0.path,
                message: $0.message,
                hint: $0.hint
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries), let text = String(data: data, encoding: .utf8) else {
            return "[]\n"
        }
        return text + "\n"
    }
}
