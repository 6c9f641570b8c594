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

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output + "\n"
    }

    private func write(into output: inout String, indent: Int) {
        let padding = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += Self.format(value)
        case .string(let value): output += Self.quote(value)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            if items.allSatisfy(\.isScalar) {
                output += "[" + items.map { $0.serializedInline() }.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            for (position, item) in items.enumerated() {
                output += padding
                item.write(into: &output, indent: indent + 1)
                output += position < items.count - 1 ? ",\n" : "\n"
            }
            output += closing + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (position, (key, value)) in members.enumerated() {
                output += padding + Self.quote(key) + ": "
                value.write(into: &output, indent: indent + 1)
                output += position < members.count - 1 ? ",\n" : "\n"
            }
            output += closing + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func serializedInline() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output
    }

    /// JSON has no infinity or NaN: those print as null. Integral values print without a fraction.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
