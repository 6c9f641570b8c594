package import ArchitectureModel
import ArchitectureOutput

/// A JSON array of `{file, line, column, severity, path, message, hint}`: `architect check --format json`
/// and the diagnostics of the MCP `check_model` tool. `hint` is null when there is none.
package enum JSONDiagnostics {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        JSONWriter.text { json in
            json.array { json in
                for diagnostic in diagnostics {
                    json.object { json in
                        json.field("file", diagnostic.location.file)
                        json.field("line", diagnostic.location.line)
                        json.field("column", diagnostic.location.column)
                        json.field("severity", diagnostic.severity.rawValue)
                        json.field("path", diagnostic.path)
                        json.field("message", diagnostic.message)
                        json.key("hint")
                        if let hint = diagnostic.hint { json.value(hint) } else { json.null() }
                    }
                }
            }
        }
    }
}
