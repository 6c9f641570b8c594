import ArchitectureLoading

/// One Kubernetes object and where it was written.
struct Manifest {
    var file: String
    var node: YAMLNode
    var kind: String
    var name: String
    var namespace: String
    var line: Int { node.line }

    func evidence(_ detail: String, line: Int? = nil) -> Evidence {
        Evidence(file: file, line: line ?? node.line, detail: detail)
    }
}
