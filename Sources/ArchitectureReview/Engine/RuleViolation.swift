package import ArchitectureModel

/// What a rule's check reports; the engine adds the rule id and the configured severity.
package struct RuleViolation: Sendable, Hashable {
    package var target: String
    package var message: String
    package var fix: String
    package var location: SourceLocation?

    package init(target: String, message: String, fix: String, location: SourceLocation?) {
        self.target = target
        self.message = message
        self.fix = fix
        self.location = location
    }
}
