import ArchitectureLoading
import ArchitectureModel
import Foundation

/// Reads Kubernetes manifests: multi-document files and directories, file by file. Workloads become
/// components; Services give the names they are reached by; env vars, ConfigMaps and arguments give
/// calls; Ingress, Istio, NetworkPolicies, HPAs and PDBs add routes, policies and capacity.
public struct KubernetesImporter: Sendable {
    /// Render Helm charts and kustomizations (`helm template`, `kubectl kustomize`) instead of
    /// reading their files one by one.
    public var render: Bool

    public init(render: Bool = false) {
        self.render = render
    }

    public func importPaths(_ paths: [String]) throws(ImportError) -> ImportedSystem {
        guard !paths.isEmpty else { throw .noInput("name at least one manifest file or directory") }
        var collector = ManifestCollector(render: render)
        for path in paths { try collector.collect(path) }
        var reader = ManifestReader(documents: collector.documents, system: collector.system)
        reader.read()
        return reader.system
    }
}
