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
