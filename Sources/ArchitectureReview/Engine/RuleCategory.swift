import ArchitectureModel

/// The area of architecture a rule is about; `architect rules` groups the catalog by it.
public enum RuleCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case structure, resilience, capacity, transactions, security, data, observability, documentation
}
