import ArchitectureOutput

/// What one field of the model format holds: the single source of truth that the loader, the JSON
/// Schema and `architect explain` all read, so the three cannot disagree.
package struct FieldSpec: Sendable {
    package var name: String
    package var type: FieldType
    package var required: Bool
    /// The default written as the format would (`1`, `99.5%`, `http`); nil when there is none.
    package var defaultValue: String?
    /// A default that depends on other fields, in words (`autoscale.min when autoscale is given, else 1`).
    package var defaultNote: String?
    package var doc: String

    package init(
        _ name: String,
        _ type: FieldType,
        required: Bool = false,
        default defaultValue: String? = nil,
        defaultNote: String? = nil,
        _ doc: String
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.defaultNote = defaultNote
        self.doc = doc
    }
}

/// A mapping with a fixed set of fields.
package struct ObjectSpec: Sendable {
    /// What a person calls it in messages: `service`, `call`, `retries`.
    package var name: String
    package var doc: String
    package let fields: [FieldSpec]
    /// Position of each field by name: the loader looks fields up for every key it reads.
    private let positions: [String: Int]

    package init(_ name: String, _ doc: String, _ fields: [FieldSpec]) {
        self.name = name
        self.doc = doc
        self.fields = fields
        var positions: [String: Int] = [:]
        for (position, field) in fields.enumerated() { positions[field.name] = position }
        self.positions = positions
    }

    package func field(_ name: String) -> FieldSpec? { positions[name].map { fields[$0] } }

    package var fieldNames: [String] { fields.map(\.name) }
}

/// The kinds of value a field can take.
package indirect enum FieldType: Sendable {
    /// Free text.
    case string
    /// A name following `[a-z0-9][a-z0-9-]*`; with a namespace, a reference to a declared element.
    case name(NameSpace?)
    case integer(minimum: Int)
    /// A plain number; `exclusiveMinimum` means it must be above `minimum`.
    case number(minimum: Double, exclusiveMinimum: Bool)
    /// A number and a unit: `250ms`, `1.5s`, `7d`.
    case duration
    /// `99.95%` or a number in [0, 1].
    case ratio
    case boolean
    case enumeration([String])
    /// `YYYY-MM-DD`.
    case date
    /// `caller -> callee`.
    case step
    /// Exactly this whole number (the format version).
    case constant(Int)
    case list(FieldType)
    case object(ObjectSpec)
    /// Names mapped to objects, such as `services`.
    case map(ObjectSpec)
    /// Either form, such as `retries: 2` or `retries: {max: 2, ...}`.
    case either(FieldType, FieldType)

    /// For messages and `explain`: `a duration (250ms, 2s)`.
    package var summary: String {
        switch self {
        case .string: return "text"
        case .name(let space): return space.map { "the name of a \($0.rawValue)" } ?? "a name ([a-z0-9][a-z0-9-]*)"
        case .integer(let minimum): return "a whole number >= \(minimum)"
        case .number(let minimum, let exclusive):
            return "a number \(exclusive ? ">" : ">=") \(minimum.formattedPlainly)"
        case .duration: return "a duration (a number and a unit: 250ms, 1.5s, 5m; units us, ms, s, m, h, d)"
        case .ratio: return "a ratio (a percentage such as 99.95%, or a number in [0, 1])"
        case .boolean: return "true or false"
        case .enumeration(let values): return "one of " + values.map { "`\($0)`" }.joined(separator: ", ")
        case .date: return "a date (YYYY-MM-DD)"
        case .step: return "a step `caller -> callee`"
        case .constant(let value): return "\(value)"
        case .list(let element): return "a list of \(element.plural)"
        case .object(let spec): return "\(spec.name.withArticle) mapping"
        case .map(let spec): return "a mapping of names to \(spec.name) mappings"
        case .either(let first, let second): return "\(first.summary), or \(second.summary)"
        }
    }

    private var plural: String {
        switch self {
        case .name(let space): return space.map { "\($0.rawValue) names" } ?? "names"
        case .string: return "strings"
        case .object(let spec): return "\(spec.name) mappings"
        case .step: return "steps `caller -> callee`"
        case .either(let first, let second): return "\(first.plural) or \(second.plural)"
        default: return summary
        }
    }
}

/// What a name refers to.
package enum NameSpace: String, Sendable {
    case service, datastore, broker, topic, zone
    /// A service, datastore or broker.
    case component
}

extension Double {
    /// `3` rather than `3.0`, `0.5` as is.
    package var formattedPlainly: String { NumberText.decimal(self, decimals: 9) }
}

extension String {
    /// `a service`, `an autoscale`: the indefinite article a word takes, by its first letter.
    package var withArticle: String {
        guard let first = first?.lowercased() else { return self }
        return ("aeiou".contains(first) ? "an " : "a ") + self
    }
}
