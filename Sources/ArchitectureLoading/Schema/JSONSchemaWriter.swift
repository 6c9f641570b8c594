import ArchitectureModel
import Foundation

/// Writes the model format as a JSON Schema (draft 2020-12) from `ModelSchema`, for editors.
public enum JSONSchemaWriter {
    public static let schemaID = "https://architect.dev/schema/model-1.json"

    /// The schema, properties in the table's order, definitions by name.
    public static func write() -> String {
        var definitions: [String: JSONValue] = [:]
        let root = objectSchema(ModelSchema.document, definitions: &definitions)
        let header: [(String, JSONValue)] = [
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("$id", .string(schemaID)),
            ("title", .string("Architect model, format \(ModelSchema.formatVersion)")),
        ]
        let defs = JSONValue.object(definitions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return JSONValue.object(header + root + [("$defs", defs)]).serialized()
    }

    static let namePattern = "^[a-z0-9][a-z0-9-]*$"
    private static let numberPattern = "\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?"

    private static func objectSchema(
        _ spec: ObjectSpec,
        definitions: inout [String: JSONValue]
    ) -> [(String, JSONValue)] {
        let properties = spec.fields.map { field -> (String, JSONValue) in
            var property = schema(for: field.type, definitions: &definitions)
            property.append(("description", .string(describe(field))))
            if let value = field.defaultValue { property.append(("default", jsonDefault(value))) }
            return (field.name, .object(property))
        }
        var object: [(String, JSONValue)] = [
            ("type", "object"), ("description", .string(spec.doc)), ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
        ]
        let required = spec.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { object.append(("required", .array(required))) }
        return object
    }

    private static func describe(_ field: FieldSpec) -> String {
        var text = field.doc
        if let note = field.defaultNote { text += " Default: \(note)." }
        return text
    }

    private static func reference(_ spec: ObjectSpec, definitions: inout [String: JSONValue]) -> [(String, JSONValue)] {
        let key = spec.name.replacingOccurrences(of: " ", with: "_")
        if definitions[key] == nil {
            definitions[key] = .object([])  // reserve the name before recursing
            definitions[key] = .object(objectSchema(spec, definitions: &definitions))
        }
        return [("$ref", .string("#/$defs/\(key)"))]
    }

    private static func schema(for type: FieldType, definitions: inout [String: JSONValue]) -> [(String, JSONValue)] {
        switch type {
        case .string: return [("type", "string")]
        case .name: return [("type", "string"), ("pattern", .string(namePattern))]
        case .integer(let minimum): return [("type", "integer"), ("minimum", .int(minimum))]
        case .number(let minimum, let exclusive):
            return [("type", "number"), (exclusive ? "exclusiveMinimum" : "minimum", .number(minimum))]
        case .duration:
            return [("type", "string"), ("pattern", .string("^\(numberPattern)(us|ms|s|m|h|d)$"))]
        case .ratio:
            return [
                (
                    "anyOf",
                    .array([
                        .object([
                            ("type", "string"),
                            ("pattern", "^\\+?(100(\\.0*)?|[0-9]{1,2}(\\.[0-9]*)?|\\.[0-9]+) *%$"),
                        ]),
                        .object([("type", "number"), ("minimum", .int(0)), ("maximum", .int(1))]),
                    ])
                )
            ]
        case .boolean: return [("type", "boolean")]
        case .enumeration(let values): return [("enum", .array(values.map(JSONValue.string)))]
        case .date: return [("type", "string"), ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
        case .step: return [("type", "string"), ("pattern", "^ *[a-z0-9][a-z0-9-]* *-> *[a-z0-9][a-z0-9-]* *$")]
        case .constant(let value): return [("const", .int(value))]
        case .list(let element):
            return [("type", "array"), ("items", .object(schema(for: element, definitions: &definitions)))]
        case .object(let spec): return reference(spec, definitions: &definitions)
        case .map(let spec):
            let entry = JSONValue.object(reference(spec, definitions: &definitions))
            return [
                ("type", "object"), ("propertyNames", .object([("pattern", .string(namePattern))])),
                ("additionalProperties", .object([("anyOf", .array([entry, .object([("type", "null")])]))])),
            ]
        case .either(let first, let second):
            let forms = [first, second].map { JSONValue.object(schema(for: $0, definitions: &definitions)) }
            return [("anyOf", .array(forms))]
        }
    }

    /// A default as JSON: numbers and booleans as such, `[]` and `{}` as empty containers, the rest as text.
    private static func jsonDefault(_ text: String) -> JSONValue {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if text == "[]" { return .array([]) }
        if text == "{}" { return .object([]) }
        if text.hasPrefix("["), text.hasSuffix("]") {
            return .array(text.dropFirst().dropLast().split(separator: ",").map { .string($0.trimmingSpaces) })
        }
        if let number = ScalarSyntax.number(text) { return .number(number) }
        return .string(text)
    }
}
