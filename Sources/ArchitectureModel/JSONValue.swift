public import ArchitectureOutput

/// A JSON document built in code, with object keys in the order written, so outputs whose layout is a
/// contract (analysis, review, simulation) print every field, nulls included, in a stable order.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// An optional value, or null.
    public static func optional<T>(_ value: T?, _ wrap: (T) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }

    /// In the one JSON layout of every output (`JSONWriter`), with a final newline.
    public func serialized() -> String {
        JSONWriter.text { write(into: &$0) }
    }

    /// Writes the value: arrays of scalars on one line, everything else one element per line.
    public func write(into json: inout JSONWriter) {
        switch self {
        case .null: json.null()
        case .bool(let value): json.value(value)
        case .int(let value): json.value(value)
        case .number(let value): json.value(value)
        case .string(let value): json.value(value)
        case .array(let items) where items.allSatisfy(\.isScalar):
            json.inlineArray { json in
                for item in items { item.write(into: &json) }
            }
        case .array(let items):
            json.array { json in
                for item in items { item.write(into: &json) }
            }
        case .object(let members):
            json.object { json in
                for (key, value) in members {
                    json.key(key)
                    value.write(into: &json)
                }
            }
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
