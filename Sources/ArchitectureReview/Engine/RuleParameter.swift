import ArchitectureModel

/// A threshold a rule uses, settable per rule in a review configuration.
public struct RuleParameter: Sendable, Hashable, Codable {
    public var name: String
    public var defaultValue: Double
    public var description: String

    public init(name: String, defaultValue: Double, description: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.description = description
    }

    private enum CodingKeys: String, CodingKey {
        case name
        case defaultValue = "default"
        case description
    }
}
