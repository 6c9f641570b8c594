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

/// Reads several sources into one system, in order: the first source names a component first.
public struct SystemImporter: Sendable {
    public var compose: ComposeImporter
    public var kubernetes: KubernetesImporter
    public var traces: TraceImporter

    public init(
        compose: ComposeImporter = ComposeImporter(),
        kubernetes: KubernetesImporter = KubernetesImporter(),
        traces: TraceImporter = TraceImporter()
    ) {
        self.compose = compose
        self.kubernetes = kubernetes
        self.traces = traces
    }

    public func importSources(_ sources: [ImportSource]) throws(ImportError) -> ImportedSystem {
        guard !sources.isEmpty else { throw .noInput("name at least one source") }
        var system = ImportedSystem()
        // Files of one kind are read together, so compose overrides and cross-file references resolve.
        let composeFiles = sources.compactMap { if case .compose(let path) = $0 { path } else { nil } }
        let manifestPaths = sources.compactMap { if case .kubernetes(let path) = $0 { path } else { nil } }
        let traceFiles = sources.compactMap { if case .traces(let path) = $0 { path } else { nil } }
        if !composeFiles.isEmpty { system.merge(try compose.importFiles(composeFiles)) }
        if !manifestPaths.isEmpty { system.merge(try kubernetes.importPaths(manifestPaths)) }
        if !traceFiles.isEmpty { system.merge(try traces.importFiles(traceFiles)) }
        return system
    }
}
