import ArchitectureLoading
import ArchitectureModel
import Foundation

/// Finds manifests in files and directories; renders charts and kustomizations when asked.
struct ManifestCollector {
    let render: Bool
    var documents: [Manifest] = []
    var system = ImportedSystem()

    mutating func collect(_ path: String) throws(ImportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            try read(file: path, text: ImportError.readText(path))
            return
        }
        if let kind = ManifestRenderer.kind(ofDirectory: path) {
            if render {
                try read(file: "\(path) (\(kind.command))", text: ManifestRenderer.render(path, as: kind))
                return
            }
            system.note(
                .warning,
                "\(path) holds a \(kind == .helm ? "Helm chart" : "kustomization"); its files are read one by one as they are. Pass --render to run `\(kind.command)` (it may leave out files deployed separately)"
            )
            if kind == .helm { return }
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let child = (path as NSString).appendingPathComponent(entry)
            var childIsDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory)
            if exists, childIsDirectory.boolValue {
                try collect(child)
            } else if [".yaml", ".yml", ".json"].contains(where: entry.hasSuffix),
                !["kustomization.yaml", "kustomization.yml", "Chart.yaml"].contains(entry)
            {
                try read(file: child, text: ImportError.readText(child))
            }
        }
    }

    private mutating func read(file: String, text: String) throws(ImportError) {
        switch YAMLDocument.parseStream(text) {
        case .failure(let problem):
            system.note(
                .warning,
                "\(file):\(problem.line): skipped, not readable YAML (\(problem.message)); a template must be rendered first"
            )
        case .success(let roots):
            for root in roots { add(root, file: file) }
        }
    }

    private mutating func add(_ node: YAMLNode, file: String) {
        guard let kind = node["kind"]?.string else { return }
        if kind == "List" || kind.hasSuffix("List") {
            for item in node["items"]?.list ?? [] { add(item, file: file) }
            return
        }
        guard let name = node.at("metadata.name")?.string else { return }
        let namespace = node.at("metadata.namespace")?.string ?? "default"
        documents.append(Manifest(file: file, node: node, kind: kind, name: name, namespace: namespace))
    }
}
