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
    /// The mapping's pairs, searched in order: mappings hold a handful of keys, where a scan beats hashing.
    private let pairs: [YAMLNode.Pair]

    /// Fails, with a diagnostic, when `node` is not a mapping. `key` is the position of the key the
    /// mapping is written under, if any; `nullIsEmpty` lets `orders:` with nothing after it stand for `{}`.
    init?(
        _ node: YAMLNode,
        spec: ObjectSpec,
        path: String,
        context: DecodingContext,
        key: (line: Int, column: Int)? = nil,
        nullIsEmpty: Bool = false
    ) {
        let isEmpty = nullIsEmpty && node.scalar?.isNull == true
        guard let pairs = isEmpty ? [] : node.pairs else {
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
        self.pairs = pairs
        var meant: Set<String> = []
        for pair in pairs {
            if spec.field(pair.key) == nil {
                let suggestion = Suggestion.closest(to: pair.key, among: spec.fieldNames)
                if let suggestion { meant.insert(suggestion) }
                context.report(
                    .error,
                    "unknown field `\(pair.key.truncatedForMessage)` in \(spec.name)",
                    hint: suggestion.map { "did you mean `\($0)`?" } ?? Self.elsewhereHint(pair.key, spec: spec),
                    path: Self.join(path, pair.key),
                    line: pair.keyLine,
                    column: pair.keyColumn
                )
            }
        }
        // A misspelled required field is reported once, as the unknown field with its suggestion.
        for field in spec.fields
        where field.required && !pairs.contains(where: { $0.key == field.name }) && !meant.contains(field.name) {
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

    /// For a field that belongs to another object (`timeout` written on a service), says where it goes;
    /// else lists the fields this object takes.
    private static func elsewhereHint(_ key: String, spec: ObjectSpec) -> String {
        if let home = FormatDocumentation.fieldPaths(named: key).first {
            return
                "`\(key)` is a field of \(home); a \(spec.name) takes \(spec.fieldNames.map { "`\($0)`" }.joined(separator: ", "))"
        }
        return "\(spec.name.withArticle) takes \(spec.fieldNames.map { "`\($0)`" }.joined(separator: ", "))"
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func fieldPath(_ name: String) -> String { Self.join(path, name) }

    var location: SourceLocation { context.location(line, column) }

    private func pair(_ name: String) -> YAMLNode.Pair? { pairs.first { $0.key == name } }

    func has(_ name: String) -> Bool { pair(name) != nil }

    /// The value written for a field of the spec, if any.
    func node(_ name: String) -> YAMLNode? {
        precondition(spec.field(name) != nil, "\(spec.name) has no field \(name) in ModelSchema")
        return pair(name)?.value
    }

    /// Where the field's key is written, for diagnostics about the field as a whole.
    func keyLocation(_ name: String) -> SourceLocation {
        guard let pair = pair(name) else { return location }
        return context.location(pair.keyLine, pair.keyColumn)
    }

    /// The value written, checked; nil when absent or invalid (the problem is reported).
    func optional<T>(_ name: String, _ reading: Reading<T>) -> T? {
        guard let field = spec.field(name) else {
            preconditionFailure("\(spec.name) has no field \(name) in ModelSchema")
        }
        guard let value = pair(name)?.value else { return nil }
        return reading.read(value, field.type, fieldPath(name), context)
    }

    /// The value written, or the spec's default when it is absent or invalid (the problem is reported).
    func value<T>(_ name: String, _ reading: Reading<T>) -> T {
        if let written = optional(name, reading) { return written }
        if let known = context.defaults[spec.name]?[name] as? T { return known }
        guard let field = spec.field(name), let text = field.defaultValue,
            let value = reading.read(
                YAMLNode(value: .scalar(.init(text: text, isPlain: true)), line: node.line, column: node.column),
                field.type,
                "",
                context
            )
        else { preconditionFailure("\(spec.name).\(name) has no default in ModelSchema") }
        context.defaults[spec.name, default: [:]][name] = value
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
        guard let value = pair(name)?.value else { return [] }
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
        return longForm(name, spec: nested)
    }

    /// A field with a short scalar form and a long mapping form (`retries: 2` or `retries: {max: 2}`);
    /// nil when absent or invalid (the problem is reported, naming both forms).
    func either<T>(_ name: String, _ reading: Reading<T>, isShortForm: (YAMLNode.Scalar) -> Bool) -> EitherForm<T>? {
        guard let field = spec.field(name), case .either(let short, .object(let long)) = field.type else {
            preconditionFailure("\(spec.name).\(name) is not a short-or-long field in ModelSchema")
        }
        guard let value = pair(name)?.value else { return nil }
        if value.pairs != nil {
            return longForm(name, spec: long).map { .long($0) }
        }
        if let scalar = value.scalar, !scalar.isNull, isShortForm(scalar) {
            return reading.read(value, short, fieldPath(name), context).map { .short($0) }
        }
        let meaning = value.scalar.flatMap { BooleanWords.meaning(of: $0.text) }
        context.error(
            "expected \(field.type.summary), found \(value.kindDescription)",
            hint: meaning.map { "write `\($0)`" },
            path: fieldPath(name),
            at: value
        )
        return nil
    }

    /// A field written as a mapping of `spec`, located at its key (for the long form of an either field).
    func longForm(_ name: String, spec nested: ObjectSpec) -> ObjectReader? {
        guard let pair = pair(name) else { return nil }
        return ObjectReader(
            pair.value,
            spec: nested,
            path: fieldPath(name),
            context: context,
            key: (pair.keyLine, pair.keyColumn),
            nullIsEmpty: true
        )
    }

    /// The entries of a `name -> object` field, each key checked against the name pattern.
    func entries(_ name: String) -> [(name: String, reader: ObjectReader)] {
        guard let field = spec.field(name), case .map(let nested) = field.type else {
            preconditionFailure("\(spec.name).\(name) is not a map in ModelSchema")
        }
        guard let value = pair(name)?.value else { return [] }
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
            return ObjectReader(
                pair.value,
                spec: nested,
                path: entryPath,
                context: context,
                key: key,
                nullIsEmpty: true
            ).map {
                (pair.key, $0)
            }
        }
    }

    private func listHint(_ value: YAMLNode) -> String? {
        guard let scalar = value.scalar, !scalar.isNull else { return nil }
        return "write a one-element list: `[\(scalar.text.truncatedForMessage)]`"
    }
}

/// Which of an either field's two forms was written.
enum EitherForm<Short> {
    case short(Short)
    case long(ObjectReader)
}
