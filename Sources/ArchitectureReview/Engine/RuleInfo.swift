public import ArchitectureModel

/// A catalog entry without its check: what `architect rules` and SARIF's rule metadata show.
public struct RuleInfo: Sendable, Hashable, Codable {
    public var id: String
    public var category: RuleCategory
    public var severity: Severity
    public var summary: String
    public var rationale: String
    public var parameters: [RuleParameter]

    public init(
        id: String,
        category: RuleCategory,
        severity: Severity,
        summary: String,
        rationale: String,
        parameters: [RuleParameter]
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.parameters = parameters
    }
}
