import ArchitectureLoading

extension YAMLNode {
    /// The value under `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// The value at a dotted path of mapping keys (`spec.template.spec`).
    func at(_ path: String) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path.split(separator: ".") { node = node?[String(key)] }
        return node
    }

    /// A scalar's text; nil for null, mappings and lists.
    var string: String? {
        guard let scalar, !scalar.isNull else { return nil }
        return scalar.text
    }

    var int: Int? { string.flatMap { Int($0) } }

    /// A list's items, or the one value as a list of one.
    var list: [YAMLNode] { items ?? (scalar?.isNull == false ? [self] : []) }

    /// A mapping of scalars as a dictionary (labels, selectors).
    var stringMap: [String: String] {
        var result: [String: String] = [:]
        for pair in pairs ?? [] { result[pair.key] = pair.value.string ?? "" }
        return result
    }
}
