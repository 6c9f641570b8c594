import ArchitectureModel

/// Reads one mapping of the model against its `ObjectSpec`: reports unknown and missing fields once,
/// then hands out typed values, each checked against the field's type in the spec.
struct ObjectReader {
    let spec: ObjectSpec
    let node: YAMLNode
    let path: String
    let context: DecodingContext
    /// Where the element is written: its key for a map entry, else where the mapping starts.
    let line: Int
    let column: Int
    private let pairs: [String: YAMLNode.Pair]

    /// Fails, with a diagnostic, when `node` is not a mapping. `key` is the entry's key position, if any.
    init?(
        _ node: YAMLNode,
        spec: ObjectSpec,
        path: String,
        context: DecodingContext,
        key: (line: Int, column: Int)? = nil
    ) {
        // `orders:` with nothing after it is a map entry with every default.
        let isEmptyEntry = key != nil && node.scalar?.isNull == true
        guard let pairs = isEmptyEntry ? [] : node.pairs else {
            context.error(
                "expected \(FieldType.object(spec).summary), found \(node.kindDescription)",
                path: path,
                at: node
            )
            return nil
        }
        self.spec = spec
        self.node = node
        self.path = path
        self.context = context
        self.line = key?.line ?? node.line
        self.column = key?.column ?? node.column
        var byKey: [String: YAMLNode.Pair] = [:]
        for pair in pairs {
            byKey[pair.key] = pair
            if spec.field(pair.key) == nil {
                let hint =
                    Suggestion.hint(for: pair.key, among: spec.fieldNames)
                    ?? "a \(spec.name) takes \(spec.fieldNames.map { "`\($0)`" }.joined(separator: ", "))"
                context.report(
                    .error,
                    "unknown field `\(pair.key.truncatedForMessage)` in \(spec.name)",
                    hint: hint,
                    path: Self.join(path, pair.key),
                    line: pair.keyLine,
                    column: pair.keyColumn
                )
            }
        }
        self.pairs = byKey
        for field in spec.fields where field.required && byKey[field.name] == nil {
            context.report(
                .error,
                "\(spec.name) is missing the required field `\(field.name)`",
                hint: "add `\(field.name):` (\(field.type.summary))",
                path: path,
                line: line,
                column: column
            )
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func fieldPath(_ name: String) -> String { Self.join(path, name) }

    var location: SourceLocation { context.location(line, column) }

    func has(_ name: String) -> Bool { pairs[name] != nil }

    /// The value written for a field of the spec, if any.
    func node(_ name: String) -> YAMLNode? {
        precondition(spec.field(name) != nil, "\(spec.name) has no field \(name) in ModelSchema")
        return pairs[name]?.value
    }

    /// Where the field's key is written, for diagnostics about the field as a whole.
    func keyLocation(_ name: String) -> SourceLocation {
        guard let pair = pairs[name] else { return location }
        return context.location(pair.keyLine, pair.keyColumn)
    }

    /// The value written, checked; nil when absent or invalid (the problem is reported).
    func optional<T>(_ name: String, _ reading: Reading<T>) -> T? {
        guard let field = spec.field(name) else {
            preconditionFailure("\(spec.name) has no field \(name) in ModelSchema")
        }
        guard let value = pairs[name]?.value else { return nil }
        return reading.read(value, field.type, fieldPath(name), context)
    }

    /// The value written, or the spec's default when it is absent or invalid (the problem is reported).
    func value<T>(_ name: String, _ reading: Reading<T>) -> T {
        if let written = optional(name, reading) { return written }
        guard let field = spec.field(name), let text = field.defaultValue,
            let value = reading.read(
                YAMLNode(value: .scalar(.init(text: text, isPlain: true)), line: node.line, column: node.column),
                field.type,
                "",
                context
            )
        else { preconditionFailure("\(spec.name).\(name) has no default in ModelSchema") }
        return value
    }

    /// The elements of a list field, read one by one; [] when absent.
    func list<T>(_ name: String, _ reading: Reading<T>) -> [T] {
        listItems(name).compactMap { item in reading.read(item.node, item.type, item.path, context) }
    }

    /// The raw elements of a list field with their paths and element type; [] when absent or not a list.
    func listItems(_ name: String) -> [(node: YAMLNode, path: String, type: FieldType)] {
        guard let field = spec.field(name), case .list(let element) = field.type else {
            preconditionFailure("\(spec.name).\(name) is not a list in ModelSchema")
        }
        guard let value = pairs[name]?.value else { return [] }
        if let scalar = value.scalar, scalar.isNull { return [] }
        guard let items = value.items else {
            context.error(
                "`\(name)` must be \(field.type.summary), found \(value.kindDescription)",
                hint: listHint(value),
                path: fieldPath(name),
                at: value
            )
            return []
        }
        return items.enumerated().map { (node: $0.element, path: "\(fieldPath(name))[\($0.offset)]", type: element) }
    }

    /// A nested object field.
    func object(_ name: String) -> ObjectReader? {
        guard let field = spec.field(name), case .object(let nested) = field.type else {
            preconditionFailure("\(spec.name).\(name) is not an object in ModelSchema")
        }
        guard let value = pairs[name]?.value else { return nil }
        return ObjectReader(value, spec: nested, path: fieldPath(name), context: context)
    }

    /// The entries of a `name -> object` field, each key checked against the name pattern.
    func entries(_ name: String) -> [(name: String, reader: ObjectReader)] {
        guard let field = spec.field(name), case .map(let nested) = field.type else {
            preconditionFailure("\(spec.name).\(name) is not a map in ModelSchema")
        }
        guard let value = pairs[name]?.value else { return [] }
        if let scalar = value.scalar, scalar.isNull { return [] }
        guard let entries = value.pairs else {
            context.error(
                "`\(name)` must be \(field.type.summary), found \(value.kindDescription)",
                path: fieldPath(name),
                at: value
            )
            return []
        }
        return entries.compactMap { pair in
            let entryPath = Self.join(fieldPath(name), pair.key)
            if !ScalarSyntax.isName(pair.key) {
                let slug = ScalarSyntax.slug(pair.key)
                context.report(
                    .error,
                    "`\(pair.key.truncatedForMessage)` is not a valid \(nested.name) name: names are lowercase letters, digits and `-`, starting with a letter or digit",
                    hint: slug.isEmpty ? nil : "write `\(slug)` and keep the original as `label`",
                    path: entryPath,
                    line: pair.keyLine,
                    column: pair.keyColumn
                )
            }
            // An entry is located at its key, where people look for "the service orders".
            let key = (line: pair.keyLine, column: pair.keyColumn)
            return ObjectReader(pair.value, spec: nested, path: entryPath, context: context, key: key).map {
                (pair.key, $0)
            }
        }
    }

    private func listHint(_ value: YAMLNode) -> String? {
        guard let scalar = value.scalar, !scalar.isNull else { return nil }
        return "write a one-element list: `[\(scalar.text.truncatedForMessage)]`"
    }
}
