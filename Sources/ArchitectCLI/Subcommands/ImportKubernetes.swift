import ArchitectureImport
import ArgumentParser

extension Architect {
    struct ImportKubernetes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "k8s",
            abstract: "Import Kubernetes manifests: files (multi-document) and directories, file by file.",
            discussion: """
                Reads workloads, Services, ConfigMaps, Ingress, NetworkPolicies, HPAs, PDBs and Istio routes. \
                A Helm chart or kustomization is rendered only with --render (it may leave out files that are \
                deployed separately).
                """
        )

        @Argument(help: "Manifest files or directories.")
        var paths: [String]

        @OptionGroup var options: ImportOptions

        func run() throws {
            try options.run(paths.map(ImportSource.kubernetes))
        }
    }
}
