package import ArchitectureModel

/// What one rule runs with: its severity and every parameter, defaults replaced by the configuration.
package struct RuleSettings: Sendable, Hashable {
    package var severity: Severity
    package var parameters: [String: Double]

    package init(severity: Severity, parameters: [String: Double]) {
        self.severity = severity
        self.parameters = parameters
    }

    /// The value of a parameter the rule declares.
    package subscript(_ name: String) -> Double { parameters[name] ?? 0 }

    /// An integral parameter, such as `max_depth`.
    package func integer(_ name: String) -> Int { Int(self[name].rounded(.down)) }
}
