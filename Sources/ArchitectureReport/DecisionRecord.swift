import ArchitectureLoading
public import ArchitectureModel

/// One architecture decision record as written in MADR: a model decision, or one Architect proposes.
public struct DecisionRecord: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var status: Decision.Status
    public var context: String?
    /// The options weighed; the first is the one chosen. Empty when the model does not list them.
    public var options: [String]
    public var decision: String?
    public var consequences: [String]
    /// Where it comes from: `decisions[i]` with its location, or the finding it was drafted from.
    public var source: String

    public init(
        number: Int,
        title: String,
        status: Decision.Status,
        context: String?,
        options: [String] = [],
        decision: String?,
        consequences: [String],
        source: String
    ) {
        self.number = number
        self.title = title
        self.status = status
        self.context = context
        self.options = options
        self.decision = decision
        self.consequences = consequences
        self.source = source
    }

    /// `0001-use-kafka-for-domain-events.md`: the number and a slug of the title.
    public var fileName: String {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        let slug = DecisionRecord.slug(title)
        return slug.isEmpty ? "\(padded).md" : "\(padded)-\(slug).md"
    }

    /// The loader's slug of the title (`Use Kafka!` -> `use-kafka`), cut at a word end to at most 60 characters.
    static func slug(_ title: String) -> String {
        let full = ScalarSyntax.slug(title)
        guard full.count > 60 else { return full }
        let head = full.prefix(61)
        guard let hyphen = head.lastIndex(of: "-") else { return String(full.prefix(60)) }
        return String(head[..<hyphen])
    }

    /// A decision of the model, as written.
    public init(_ decision: Decision, position: Int) {
        let location = decision.location.map { " (\($0.file):\($0.line))" } ?? ""
        self.init(
            number: decision.id,
            title: decision.title,
            status: decision.status,
            context: decision.context,
            decision: decision.decision,
            consequences: decision.consequences.map { [$0] } ?? [],
            source: "decisions[\(position)] of the model\(location)"
        )
    }
}
