public import Foundation

/// An input the importers cannot read at all; problems inside readable files become notes instead.
public enum ImportError: Error, CustomStringConvertible, LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case invalidYAML(path: String, line: Int, message: String)
    case invalidJSON(path: String, reason: String)
    case unknownTraceFormat(path: String)
    case renderFailed(path: String, tool: String, reason: String)
    case noInput(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .invalidYAML(let path, let line, let message): return "\(path):\(line): \(message)"
        case .invalidJSON(let path, let reason): return "\(path): not valid JSON: \(reason)"
        case .unknownTraceFormat(let path):
            return
                "\(path): not a trace file this tool reads; expected Zipkin v2 JSON (a list of spans), Jaeger JSON (`data` with `spans`) or OTLP JSON (`resourceSpans`)"
        case .renderFailed(let path, let tool, let reason): return "\(path): \(tool) failed: \(reason)"
        case .noInput(let message): return message
        }
    }

    public var errorDescription: String? { description }

    /// Reads a text file, or throws what is wrong with it.
    static func readText(_ path: String) throws(ImportError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return text
    }
}
