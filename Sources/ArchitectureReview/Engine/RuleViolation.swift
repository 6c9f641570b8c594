package import ArchitectureModel

/// What a rule's check reports; the engine adds the rule id and the configured severity.
package struct RuleViolation: Sendable, Hashable {
    package var subject: FindingSubject
    package var message: String
    package var fix: String
    package var location: SourceLocation?

    package init(subject: FindingSubject, message: String, fix: String, location: SourceLocation?) {
        self.subject = subject
        self.message = message
        self.fix = fix
        self.location = location
    }
}
