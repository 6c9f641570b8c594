public import ArchitectureModel

/// One problem a review found: which rule, about what, why (with the numbers) and how to fix it.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// What the finding is about: a component, a call, a topic, a workflow, a saga step, ...
    public var subject: FindingSubject
    public var message: String
    public var fix: String
    public var location: SourceLocation?
    /// The reason of the waiver that accepts this finding; nil when it is not waived.
    public var waiver: String?

    public init(
        rule: String,
        severity: Severity,
        subject: FindingSubject,
        message: String,
        fix: String,
        location: SourceLocation?,
        waiver: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.message = message
        self.fix = fix
        self.location = location
        self.waiver = waiver
    }

    /// The subject as users see and waive it: a component, `caller->callee`, a topic, a workflow,
    /// `workflow/step`.
    public var target: String { subject.description }

    /// The stable identity, `rule:target`; waivers and SARIF fingerprints use it.
    public var id: String { "\(rule):\(target)" }

    public var isWaived: Bool { waiver != nil }
}
