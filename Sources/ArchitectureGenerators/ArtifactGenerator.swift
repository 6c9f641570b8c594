package import ArchitectureModel

/// Turns a model into configuration files for one ecosystem (`architect generate TARGET`).
package protocol ArtifactGenerator: Sendable {
    /// The target name on the command line, which is also the folder the files go into.
    static var target: String { get }
    init(configuration: GenerateConfiguration)
    func generate(_ model: SystemModel) -> Generation
}

/// Every generator, in the order `architect generate all` runs them.
package let allGenerators: [any ArtifactGenerator.Type] = [
    KubernetesGenerator.self, IstioGenerator.self, SLOGenerator.self, OpenTelemetryGenerator.self,
    GrafanaDashboardGenerator.self, OpenAPIGenerator.self, AsyncAPIGenerator.self,
]
