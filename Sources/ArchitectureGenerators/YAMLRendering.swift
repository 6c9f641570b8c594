package import ArchitectureModel
import ArchitectureOutput
import Yams

/// Prints documents built as `JSONValue` trees as YAML through Yams, keeping key order. Yams quotes a
/// string that would otherwise read back as another type (`"true"`, `"8080"`, `"1.30"`).
package enum YAMLRendering {
    /// One document, or several separated by `---`.
    package static func render(_ documents: [JSONValue]) -> String {
        do {
            return try serialize(
                nodes: documents.map(\.yamlNode),
                width: -1,
                explicitStart: documents.count > 1
            )
        } catch {
            // The emitter fails only on a malformed event stream, which a Node tree cannot produce.
            preconditionFailure("YAML emitter failed on a node tree: \(error)")
        }
    }

    package static func render(_ document: JSONValue) -> String { render([document]) }

    /// Decimal notation: an exponent (`1e-05`) would read back as a string under YAML 1.1.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let plain = String(value)
        guard plain.contains("e") else { return plain }
        return NumberText.plain(value, places: 15)
    }
}

extension JSONValue {
    var yamlNode: Node {
        switch self {
        case .null: return Node("null", Tag(.null))
        case .bool(let value): return Node(value ? "true" : "false", Tag(.bool))
        case .int(let value): return Node(String(value), Tag(.int))
        case .number(let value): return Node(YAMLRendering.number(value), Tag(.float))
        case .string(let value) where value.contains("\n"):
            return .scalar(Node.Scalar(value, Tag(.str), .literal))
        case .string(let value): return .scalar(value.represented())
        case .array(let items): return .sequence(Node.Sequence(items.map(\.yamlNode)))
        case .object(let members):
            return .mapping(Node.Mapping(members.map { (.scalar($0.0.represented()), $0.1.yamlNode) }))
        }
    }
}
