import ArchitectureModel

/// How to read one kind of scalar: checks a node against the field's type and reports what is wrong.
struct Reading<Value>: Sendable {
    let read: @Sendable (_ node: YAMLNode, _ type: FieldType, _ path: String, _ context: DecodingContext) -> Value?
}

extension Reading {
    /// Reads a plain scalar (not a list or mapping); reports and returns nil otherwise.
    fileprivate static func scalar(
        expecting expected: String? = nil,
        _ parse: @escaping @Sendable (YAMLNode.Scalar, YAMLNode, FieldType, String, DecodingContext) -> Value?
    ) -> Reading {
        Reading { node, type, path, context in
            guard let scalar = node.scalar, !scalar.isNull else {
                context.error(
                    "expected \(expected ?? type.summary), found \(node.kindDescription)",
                    path: path,
                    at: node
                )
                return nil
            }
            return parse(scalar, node, type, path, context)
        }
    }
}

extension Reading where Value == String {
    static let string = Reading.scalar(expecting: "text") { scalar, _, _, _, _ in scalar.text }

    /// A name, checked against the pattern and, for a reference, against the names declared.
    static let name = Reading.scalar { scalar, node, type, path, context in
        guard case .name(let space) = type else { preconditionFailure("not a name field: \(path)") }
        let name = scalar.text
        guard ScalarSyntax.isName(name) else {
            let slug = ScalarSyntax.slug(name)
            context.error(
                "`\(name.truncatedForMessage)` is not a valid name: names are lowercase letters, digits and `-`, starting with a letter or digit",
                hint: slug.isEmpty || slug == name ? nil : "did you mean `\(slug)`?",
                path: path,
                at: node
            )
            return nil
        }
        if let space, !context.isDeclared(name, in: space) {
            context.reportUnknownName(name, expected: space, path: path, at: node)
            return nil
        }
        return name
    }

    /// A step `caller -> callee` as written, both names checked against the services.
    static let step = Reading.scalar { scalar, node, _, path, context in
        guard let (caller, callee) = ScalarSyntax.step(scalar.text) else {
            context.error(
                "`\(scalar.text.truncatedForMessage)` is not a step",
                hint: "write `caller -> callee`, such as `gateway -> orders`",
                path: path,
                at: node
            )
            return nil
        }
        var valid = true
        for name in [caller, callee] where !context.isDeclared(name, in: .service) {
            context.reportUnknownName(name, expected: .service, path: path, at: node)
            valid = false
        }
        return valid ? "\(caller)->\(callee)" : nil
    }
}

extension Reading where Value == Int {
    static let integer = Reading.scalar { scalar, node, type, path, context in
        guard case .integer(let minimum) = type else { preconditionFailure("not an integer field: \(path)") }
        guard scalar.isPlain, let number = ScalarSyntax.number(scalar.text) else {
            context.error("expected \(type.summary), found \(node.kindDescription)", path: path, at: node)
            return nil
        }
        guard number == number.rounded(), let value = Int(exactly: number) else {
            context.error(
                "expected a whole number, found `\(scalar.text)`",
                hint: "write `\(Int(number.rounded(.up)))`",
                path: path,
                at: node
            )
            return nil
        }
        guard value >= minimum else {
            context.error("`\(path.lastComponent)` must be at least \(minimum), found \(value)", path: path, at: node)
            return nil
        }
        return value
    }

    /// The format version: exactly the one this loader reads.
    static let constant = Reading.scalar { scalar, node, type, path, context in
        guard case .constant(let expected) = type else { preconditionFailure("not a constant field: \(path)") }
        guard scalar.isPlain else {
            context.error(
                "expected format version \(expected) as a number, found \(node.kindDescription)",
                hint: "write `architect: \(expected)` without quotes",
                path: path,
                at: node
            )
            return nil
        }
        guard let value = ScalarSyntax.number(scalar.text).flatMap({ Int(exactly: $0) }), value == expected else {
            context.error(
                "unsupported format version \(node.kindDescription); this architect reads format \(expected)",
                hint: "write `architect: \(expected)`",
                path: path,
                at: node
            )
            return nil
        }
        return value
    }
}

extension Reading where Value == Double {
    static let number = Reading.scalar { scalar, node, type, path, context in
        guard case .number(let minimum, let exclusive) = type else {
            preconditionFailure("not a number field: \(path)")
        }
        guard scalar.isPlain, let value = ScalarSyntax.number(scalar.text) else {
            context.error("expected \(type.summary), found \(node.kindDescription)", path: path, at: node)
            return nil
        }
        guard exclusive ? value > minimum : value >= minimum else {
            context.error(
                "`\(path.lastComponent)` must be \(exclusive ? "above" : "at least") \(minimum.formattedPlainly), found \(scalar.text)",
                path: path,
                at: node
            )
            return nil
        }
        return value
    }

    /// `99.95%` or a number in [0, 1], as a fraction.
    static let ratio = Reading.scalar { scalar, node, type, path, context in
        let text = scalar.text.trimmingSpaces
        if text.hasSuffix("%") {
            guard let percent = ScalarSyntax.number(String(text.dropLast()).trimmingSpaces) else {
                context.error(
                    "`\(text.truncatedForMessage)` is not a percentage",
                    hint: "write a number followed by %, such as `99.95%`",
                    path: path,
                    at: node
                )
                return nil
            }
            guard percent >= 0, percent <= 100 else {
                context.error("ratio \(text) is outside 0% to 100%", path: path, at: node)
                return nil
            }
            return percent / 100
        }
        guard scalar.isPlain, let value = ScalarSyntax.number(text) else {
            context.error("expected \(type.summary), found \(node.kindDescription)", path: path, at: node)
            return nil
        }
        guard value >= 0, value <= 1 else {
            let hint = value > 1 && value <= 100 ? "write `\(text)%` for a percentage" : nil
            context.error("ratio \(text) is outside [0, 1]", hint: hint, path: path, at: node)
            return nil
        }
        return value
    }
}

extension Reading where Value == TimeSpan {
    static let duration = Reading.scalar { scalar, node, type, path, context in
        switch ScalarSyntax.duration(scalar.text) {
        case .success(let span): return span
        case .failure(.missingUnit(let value)):
            context.error(
                "duration `\(scalar.text)` has no unit",
                hint: "write `\(value.formattedPlainly)ms` or `\(value.formattedPlainly)s` (units: us, ms, s, m, h, d)",
                path: path,
                at: node
            )
        case .failure(.unknownUnit(let unit, let number)):
            let units = ScalarSyntax.durationUnits.map(\.unit)
            let hint =
                ScalarSyntax.unitWords[unit.lowercased()].map { "write `\(number)\($0)`" }
                ?? Suggestion.hint(for: unit, among: units) ?? "units are us, ms, s, m, h, d"
            context.error(
                "unknown duration unit `\(unit.truncatedForMessage)` in `\(scalar.text.truncatedForMessage)`",
                hint: hint,
                path: path,
                at: node
            )
        case .failure(.spaceBeforeUnit(let span)):
            context.error(
                "duration `\(scalar.text.truncatedForMessage)` has a space before its unit",
                hint: "write `\(span)`",
                path: path,
                at: node
            )
        case .failure(.negative):
            context.error("duration `\(scalar.text)` is negative", path: path, at: node)
        case .failure(.notADuration):
            context.error("expected \(type.summary), found \(node.kindDescription)", path: path, at: node)
        }
        return nil
    }
}

extension Reading where Value == Bool {
    static let boolean = Reading.scalar { scalar, node, type, path, context in
        if scalar.isPlain, scalar.text == "true" { return true }
        if scalar.isPlain, scalar.text == "false" { return false }
        let meaning = BooleanWords.meaning(of: scalar.text)
        context.error(
            "expected true or false, found \(node.kindDescription)",
            hint: meaning.map { "write `\($0)`" },
            path: path,
            at: node
        )
        return nil
    }
}

extension Reading where Value == CalendarDate {
    static let date = Reading.scalar { scalar, node, type, path, context in
        guard let date = CalendarDate(scalar.text) else {
            context.error(
                "`\(scalar.text.truncatedForMessage)` is not a date\(dateProblem(scalar.text).map { ": \($0)" } ?? "")",
                hint: "write YYYY-MM-DD, such as 2027-06-30",
                path: path,
                at: node
            )
            return nil
        }
        return date
    }

    /// Why a text shaped like YYYY-MM-DD is not a day: no such month, or no such day in it.
    private static func dateProblem(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let days = CalendarDate.days(inMonth: month, year: year)
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November",
            "December",
        ]
        return day < 1 || day > days ? "\(names[month - 1]) \(year) has \(days) days" : nil
    }
}

extension Reading {
    /// One of the spec's listed values, as the model's enum.
    static func enumeration(_: Value.Type) -> Reading where Value: RawRepresentable<String> & Sendable {
        Reading.scalar { scalar, node, type, path, context in
            guard case .enumeration(let allowed) = type else {
                preconditionFailure("not an enumeration field: \(path)")
            }
            guard allowed.contains(scalar.text), let value = Value(rawValue: scalar.text) else {
                let hint = Suggestion.hint(for: scalar.text, among: allowed) ?? "expected \(type.summary)"
                context.error(
                    "`\(scalar.text.truncatedForMessage)` is not a valid `\(path.lastComponent)`",
                    hint: hint,
                    path: path,
                    at: node
                )
                return nil
            }
            return value
        }
    }
}

extension DecodingContext {
    /// An unknown reference: says what the name is if it names something else, or what is close.
    func reportUnknownName(_ name: String, expected space: NameSpace, path: String, at node: YAMLNode) {
        if let other = names[name], space != .zone,
            !(space == .component && [.service, .datastore, .broker].contains(other.space))
        {
            let hint: String? =
                switch (space, other.space) {
                case (.service, .datastore): "datastores are reached through `uses`, not `calls`"
                case (.datastore, .service): "services are reached through `calls`, not `uses`"
                default: nil
                }
            error(
                "`\(name)` is a \(other.space.rawValue), but `\(path.lastComponent)` names a \(space.rawValue)",
                hint: hint,
                path: path,
                at: node
            )
            return
        }
        let known = declared(in: space)
        let hint =
            Suggestion.hint(for: name, among: known)
            ?? (known.isEmpty ? "the model declares no \(space.rawValue)" : nil)
        error("unknown \(space.rawValue) `\(name.truncatedForMessage)`", hint: hint, path: path, at: node)
    }
}

extension String {
    /// The last key of a YAML path, without list indices: `services.a.calls[0].to` -> `to`.
    var lastComponent: String {
        let last = split(separator: ".").last.map(String.init) ?? self
        return String(last.prefix { $0 != "[" })
    }
}

/// Words people write for booleans in YAML 1.1 (`yes`, `off`), and what they meant.
enum BooleanWords {
    static func meaning(of text: String) -> String? {
        let lowered = text.lowercased()
        if ["yes", "y", "on", "true"].contains(lowered) { return "true" }
        if ["no", "n", "off", "false"].contains(lowered) { return "false" }
        return nil
    }
}
