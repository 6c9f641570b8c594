import Foundation

/// Writes the model format as a JSON Schema (draft 2020-12) from `ModelSchema`, for editors.
public enum JSONSchemaWriter {
    public static let schemaID = "https://architect.dev/schema/model-1.json"

    /// The schema as pretty-printed JSON with sorted keys.
    public static func write() -> String {
        var definitions: [String: Any] = [:]
        var root = objectSchema(ModelSchema.document, definitions: &definitions)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = schemaID
        root["title"] = "Architect model, format \(ModelSchema.formatVersion)"
        root["$defs"] = definitions
        // JSONSerialization only fails on non-JSON values, and every value above is a JSON value.
        let data =
            (try? JSONSerialization.data(
                withJSONObject: root,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            )) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static let namePattern = "^[a-z0-9][a-z0-9-]*$"
    private static let numberPattern = "\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?"

    private static func objectSchema(_ spec: ObjectSpec, definitions: inout [String: Any]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in spec.fields {
            var property = schema(for: field.type, definitions: &definitions)
            property["description"] = describe(field)
            if let value = field.defaultValue { property["default"] = jsonDefault(value) }
            properties[field.name] = property
        }
        var object: [String: Any] = [
            "type": "object", "description": spec.doc, "properties": properties, "additionalProperties": false,
        ]
        let required = spec.fields.filter(\.required).map(\.name)
        if !required.isEmpty { object["required"] = required }
        return object
    }

    private static func describe(_ field: FieldSpec) -> String {
        var text = field.doc
        if let note = field.defaultNote { text += " Default: \(note)." }
        return text
    }

    private static func reference(_ spec: ObjectSpec, definitions: inout [String: Any]) -> [String: Any] {
        let key = spec.name.replacingOccurrences(of: " ", with: "_")
        if definitions[key] == nil {
            definitions[key] = [:]  // reserve the name before recursing
            definitions[key] = objectSchema(spec, definitions: &definitions)
        }
        return ["$ref": "#/$defs/\(key)"]
    }

    private static func schema(for type: FieldType, definitions: inout [String: Any]) -> [String: Any] {
        switch type {
        case .string: return ["type": "string"]
        case .name: return ["type": "string", "pattern": namePattern]
        case .integer(let minimum): return ["type": "integer", "minimum": minimum]
        case .number(let minimum, let exclusive):
            return ["type": "number", exclusive ? "exclusiveMinimum" : "minimum": minimum]
        case .duration:
            return ["type": "string", "pattern": "^\(numberPattern)(us|ms|s|m|h|d)$"]
        case .ratio:
            return [
                "anyOf": [
                    ["type": "string", "pattern": "^\\+?(100(\\.0*)?|[0-9]{1,2}(\\.[0-9]*)?|\\.[0-9]+) *%$"],
                    ["type": "number", "minimum": 0, "maximum": 1],
                ]
            ]
        case .boolean: return ["type": "boolean"]
        case .enumeration(let values): return ["enum": values]
        case .date: return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .step: return ["type": "string", "pattern": "^ *[a-z0-9][a-z0-9-]* *-> *[a-z0-9][a-z0-9-]* *$"]
        case .constant(let value): return ["const": value]
        case .list(let element): return ["type": "array", "items": schema(for: element, definitions: &definitions)]
        case .object(let spec): return reference(spec, definitions: &definitions)
        case .map(let spec):
            return [
                "type": "object", "propertyNames": ["pattern": namePattern],
                "additionalProperties": ["anyOf": [reference(spec, definitions: &definitions), ["type": "null"]]],
            ]
        case .either(let first, let second):
            return [
                "anyOf": [
                    schema(for: first, definitions: &definitions), schema(for: second, definitions: &definitions),
                ]
            ]
        }
    }

    /// A default as JSON: numbers and booleans as such, `[]` and `{}` as empty containers, the rest as text.
    private static func jsonDefault(_ text: String) -> Any {
        if text == "true" { return true }
        if text == "false" { return false }
        if text == "[]" { return [Any]() }
        if text == "{}" { return [String: Any]() }
        if text.hasPrefix("["), text.hasSuffix("]") {
            return text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingSpaces }
        }
        if let number = ScalarSyntax.number(text) { return number == number.rounded() ? Int(number) as Any : number }
        return text
    }
}
