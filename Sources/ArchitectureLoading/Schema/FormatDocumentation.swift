import ArchitectureModel
import ArchitectureOutput
import Foundation

/// `architect explain`: the model format's documentation, read from `ModelSchema`.
public enum FormatDocumentation {
    /// The documentation of a topic: nothing for the top level, an object's name (`service`, `call`),
    /// a dotted path (`services.calls.timeout`, `call.timeout`), or a field's name (`timeout`).
    /// Returns nil when nothing matches, with suggestions in `unknownTopicMessage`.
    public static func explain(_ topic: String?) -> String? {
        guard let topic, !topic.isEmpty else { return describe(ModelSchema.document, path: "") }
        let parts = topic.split(separator: ".").map(String.init)
        if let (spec, path) = object(named: parts[0]) {
            return resolve(Array(parts.dropFirst()), in: spec, path: path)
        }
        if let resolved = resolve(parts, in: ModelSchema.document, path: "") {
            return resolved
        }
        let matches = allFields().filter { $0.field.name == topic }
        guard !matches.isEmpty else { return nil }
        return matches.map { describe($0.field, path: $0.path) }.joined(separator: "\n")
    }

    public static func unknownTopicMessage(_ topic: String) -> String {
        let names = Set(allFields().map(\.field.name)).union(allObjects().map(\.spec.name))
        let suggestion = Suggestion.hint(for: topic.split(separator: ".").last.map(String.init) ?? topic, among: names)
        return "nothing in the model format is called `\(topic)`" + (suggestion.map { "; \($0)" } ?? "")
            + " (run `architect explain` for the top level)"
    }

    private static func resolve(_ parts: [String], in spec: ObjectSpec, path: String) -> String? {
        guard let first = parts.first else { return describe(spec, path: path) }
        guard let field = spec.field(first) else { return nil }
        let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
        if parts.count == 1 {
            if let nested = field.type.nestedObject {
                return describe(field, path: fieldPath) + "\n" + describe(nested, path: fieldPath)
            }
            return describe(field, path: fieldPath)
        }
        guard let nested = field.type.nestedObject else { return nil }
        return resolve(Array(parts.dropFirst()), in: nested, path: fieldPath)
    }

    private static func describe(_ spec: ObjectSpec, path: String) -> String {
        var text = "\(spec.name) (\(path.isEmpty ? "top level" : path)): \(spec.doc)\n\nFields:\n"
        let width = spec.fields.map(\.name.count).max() ?? 0
        for field in spec.fields {
            let padding = String(repeating: " ", count: width - field.name.count)
            text +=
                "  \(field.name)\(padding)  \(field.required ? "required. " : "")\(field.doc)\(defaultText(field))\n"
        }
        return text
    }

    private static func describe(_ field: FieldSpec, path: String) -> String {
        var text = "\(path)\n  type: \(field.type.summary)\n"
        text += field.required ? "  required\n" : ""
        if let value = field.defaultValue { text += "  default: \(value)\n" }
        if let note = field.defaultNote { text += "  default: \(note)\n" }
        return text + "  \(field.doc)\n"
    }

    private static func defaultText(_ field: FieldSpec) -> String {
        if let value = field.defaultValue { return " Default: \(value)." }
        if let note = field.defaultNote { return " Default: \(note)." }
        return ""
    }

    /// The field reference, `docs/model-fields.md`: every object of the format with a table of its
    /// fields (type, required, default, meaning), generated from `ModelSchema` so it cannot drift.
    public static func markdownReference() -> String {
        var text = """
            # Model fields, format 1

            Every field of the model format, generated from the table the loader checks against
            (`architect explain FIELD` prints the same). [model-format.md](model-format.md) explains how
            the fields are read.

            """
        for (spec, path) in allObjects() {
            text += "\n## \(spec.name)\n\n`\(path.isEmpty ? "(top level)" : path)`: \(MarkdownText.cell(spec.doc))\n\n"
            text += "| field | type | default | meaning |\n| --- | --- | --- | --- |\n"
            for field in spec.fields {
                let fallback =
                    field.required ? "required" : field.defaultValue.map { "`\($0)`" } ?? field.defaultNote ?? ""
                text +=
                    "| `\(field.name)` | \(MarkdownText.cell(field.type.summary)) | \(MarkdownText.cell(fallback)) | \(MarkdownText.cell(field.doc)) |\n"
            }
        }
        return text
    }

    /// Every object reachable from the document, once, with the path where it first appears.
    private static func allObjects() -> [(spec: ObjectSpec, path: String)] {
        var result: [(ObjectSpec, String)] = [(ModelSchema.document, "")]
        var seen: Set<String> = [ModelSchema.document.name]
        var index = 0
        while index < result.count {
            let (spec, path) = result[index]
            for field in spec.fields {
                for nested in field.type.nestedObjects where seen.insert(nested.name).inserted {
                    result.append((nested, path.isEmpty ? field.name : "\(path).\(field.name)"))
                }
            }
            index += 1
        }
        return result
    }

    /// Where fields of this name stand in the format, such as `services.calls.timeout`.
    package static func fieldPaths(named name: String) -> [String] {
        allFields().filter { $0.field.name == name }.map(\.path)
    }

    private static func allFields() -> [(field: FieldSpec, path: String)] {
        allObjects().flatMap { object in
            object.spec.fields.map { ($0, object.path.isEmpty ? $0.name : "\(object.path).\($0.name)") }
        }
    }

    private static func object(named name: String) -> (ObjectSpec, String)? {
        let wanted = name.replacingOccurrences(of: "_", with: " ")
        return allObjects().first { $0.spec.name == wanted || $0.spec.name == name }.map { ($0.spec, $0.path) }
    }
}

extension FieldType {
    /// The object this field holds, directly or in a list, map or either form.
    var nestedObject: ObjectSpec? { nestedObjects.first }

    var nestedObjects: [ObjectSpec] {
        switch self {
        case .object(let spec), .map(let spec): return [spec]
        case .list(let element): return element.nestedObjects
        case .either(let first, let second): return first.nestedObjects + second.nestedObjects
        default: return []
        }
    }
}
