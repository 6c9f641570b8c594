import ArchitectureModel
import Foundation

/// One input and how to read it; several are read and merged into one system.
public enum ImportSource: Sendable, Hashable {
    case compose(String)
    case kubernetes(String)
    case traces(String)

    public var path: String {
        switch self {
        case .compose(let path), .kubernetes(let path), .traces(let path): return path
        }
    }

    /// Guesses the kind of a path: a directory is manifests, JSON with spans is traces, YAML with a
    /// top-level `services:` mapping is compose, other YAML is manifests.
    public static func detect(_ path: String) -> ImportSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .kubernetes(path)
        }
        let head =
            FileManager.default.contents(atPath: path).map { String(decoding: $0.prefix(65_536), as: UTF8.self) } ?? ""
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            if head.contains("\"traceId\"") || head.contains("\"traceID\"") || head.contains("\"resourceSpans\"") {
                return .traces(path)
            }
        }
        let lines = head.split(separator: "\n")
        let topLevelServices = lines.contains { $0.hasPrefix("services:") }
        let kubernetes = lines.contains { $0.hasPrefix("kind:") || $0.hasPrefix("apiVersion:") }
        return topLevelServices && !kubernetes ? .compose(path) : .kubernetes(path)
    }
}
