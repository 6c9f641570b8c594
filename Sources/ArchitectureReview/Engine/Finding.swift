public import ArchitectureModel

/// One problem a review found: which rule, about what, why (with the numbers) and how to fix it.
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: Severity
    /// What the finding is about: a component, `caller->callee`, a topic, a workflow, `workflow/step`.
    public var target: String
    public var message: String
    public var fix: String
    public var location: SourceLocation?
    /// The reason of the waiver that accepts this finding; nil when it is not waived.
    public var waiver: String?

    public init(
        rule: String,
        severity: Severity,
        target: String,
        message: String,
        fix: String,
        location: SourceLocation?,
        waiver: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.target = target
        self.message = message
        self.fix = fix
        self.location = location
        self.waiver = waiver
    }

    /// The stable identity, `rule:target`; waivers and SARIF fingerprints use it.
    public var id: String { "\(rule):\(target)" }

    public var isWaived: Bool { waiver != nil }
}
