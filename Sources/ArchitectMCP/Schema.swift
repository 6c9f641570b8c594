import MCP

/// Small JSON Schema (draft 2020-12) builders for tool inputs and outputs.
enum Schema {
    static func object(
        _ properties: [String: Value],
        required: [String] = [],
        additional: Bool = false,
        description: String? = nil
    ) -> Value {
        var schema: [String: Value] = [
            "type": "object",
            "properties": .object(properties),
            "additionalProperties": .bool(additional),
        ]
        if !required.isEmpty { schema["required"] = .array(required.map(Value.string)) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// An object whose listed keys must be there; other keys are allowed (documents that may grow).
    static func open(_ properties: [String: Value], required: [String]? = nil) -> Value {
        object(properties, required: required ?? properties.keys.sorted(), additional: true)
    }

    static func string(_ description: String? = nil, values: [String]? = nil) -> Value {
        var schema: [String: Value] = ["type": "string"]
        if let description { schema["description"] = .string(description) }
        if let values { schema["enum"] = .array(values.map(Value.string)) }
        return .object(schema)
    }

    static func integer(_ description: String? = nil, minimum: Int? = nil, maximum: Int? = nil) -> Value {
        var schema: [String: Value] = ["type": "integer"]
        if let description { schema["description"] = .string(description) }
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        return .object(schema)
    }

    static func number(_ description: String? = nil) -> Value {
        var schema: [String: Value] = ["type": "number"]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    static let boolean: Value = ["type": "boolean"]
    static let nullableNumber: Value = ["type": ["number", "null"]]
    static let nullableString: Value = ["type": ["string", "null"]]
    static let anyObject: Value = ["type": "object"]

    static func array(_ items: Value, description: String? = nil) -> Value {
        var schema: [String: Value] = ["type": "array", "items": items]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }
}
