import ArchitectureLoading
import ArchitectureModel
import MCP

/// A model as a JSON document, to change with a merge patch or an edit and load again. YAML's plain
/// scalars become what they mean (null, booleans, numbers); everything else stays text, which the
/// loader reads the same whether quoted or not.
struct ModelDocument: Sendable {
    var root: JSONValue

    init(_ argument: ModelArgument) throws(ToolError) {
        let (node, problem) = YAMLDocument.tree(argument.text, file: argument.file)
        if let problem { throw .invalidModel([problem]) }
        guard let node else { throw .invalidPatch("the model is empty") }
        root = Self.json(node)
    }

    /// The document as JSON text, the changed model a tool returns and loads.
    var text: String { root.serialized() }

    private static func json(_ node: YAMLNode) -> JSONValue {
        switch node.value {
        case .mapping(let pairs): return .object(pairs.map { ($0.key, json($0.value)) })
        case .sequence(let items): return .array(items.map(json))
        case .scalar(let scalar):
            guard scalar.isPlain else { return .string(scalar.text) }
            if scalar.isNull { return .null }
            if ["true", "True", "TRUE"].contains(scalar.text) { return .bool(true) }
            if ["false", "False", "FALSE"].contains(scalar.text) { return .bool(false) }
            if let int = Int(scalar.text) { return .int(int) }
            if scalar.text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true,
                let number = Double(scalar.text), number.isFinite
            {
                return .number(number)
            }
            return .string(scalar.text)
        }
    }

    /// A patch value from the client. Object keys are taken in name order: MCP values carry no order.
    static func json(_ value: Value, at path: String) throws(ToolError) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(int)
        case .double(let double): return .number(double)
        case .string(let string): return .string(string)
        case .data: throw .invalidPatch("\(path): binary data is not a model value")
        case .array(let items):
            var converted: [JSONValue] = []
            for (index, item) in items.enumerated() { converted.append(try json(item, at: "\(path)[\(index)]")) }
            return .array(converted)
        case .object(let object):
            var pairs: [(String, JSONValue)] = []
            for key in object.keys.sorted() {
                pairs.append((key, try json(object[key] ?? .null, at: "\(path).\(key)")))
            }
            return .object(pairs)
        }
    }
}
