public import ArchitectureModel

/// How a review runs: per-rule overrides from a config file, and an optional subset of rules.
public struct ReviewConfiguration: Sendable, Hashable {
    public struct RuleOverride: Sendable, Hashable {
        /// false turns the rule off; nil keeps it on.
        public var enabled: Bool?
        public var severity: Severity?
        /// Parameter values by name; the rest keep their defaults.
        public var parameters: [String: Double]

        public init(enabled: Bool? = nil, severity: Severity? = nil, parameters: [String: Double] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.parameters = parameters
        }
    }

    /// Overrides by rule id.
    public var rules: [String: RuleOverride]
    /// Only these rules run (`--rule`); nil = every enabled rule.
    public var only: Set<String>?

    public init(rules: [String: RuleOverride] = [:], only: Set<String>? = nil) {
        self.rules = rules
        self.only = only
    }

    /// Whether `rule` runs under this configuration.
    public func runs(_ rule: String) -> Bool {
        rules[rule]?.enabled != false && (only?.contains(rule) ?? true)
    }

    package func settings(for rule: any Rule) -> RuleSettings {
        var parameters = Dictionary(uniqueKeysWithValues: rule.parameters.map { ($0.name, $0.defaultValue) })
        let override = rules[rule.id]
        for (name, value) in override?.parameters ?? [:] { parameters[name] = value }
        return RuleSettings(severity: override?.severity ?? rule.defaultSeverity, parameters: parameters)
    }
}
