import ArchitectureModel
import Foundation

/// Reads traces (Zipkin v2, Jaeger and OTLP JSON) into services, calls, datastores, topics and
/// workflows. Calls follow Zipkin's dependency-linker rule: a server span is called by the service of
/// its nearest ancestor with a kind; a client span that no instrumented server answers calls its
/// remote endpoint. Orphan spans (a missing parent) link to nothing rather than to a guessed root.
public struct TraceImporter: Sendable {
    public init() {}

    public func importFiles(_ paths: [String]) throws(ImportError) -> ImportedSystem {
        guard !paths.isEmpty else { throw .noInput("name at least one trace file") }
        var system = ImportedSystem()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "no such file, or permission denied")
            }
            let (_, spans) = try TraceDecoder.decode(data, file: path)
            var linker = SpanLinker(spans: spans, file: (path as NSString).lastPathComponent)
            linker.link()
            system.merge(linker.system)
        }
        return system
    }
}
