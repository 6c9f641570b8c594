/// Finds a model's elements by name in constant time.
public struct ModelIndex: Sendable {
    public let services: [String: Int]
    public let datastores: [String: Int]
    public let brokers: [String: Int]
    public let topics: [String: Int]
    public let workflows: [String: Int]

    public init(_ model: SystemModel) {
        services = Self.positions(model.services.map(\.name))
        datastores = Self.positions(model.datastores.map(\.name))
        brokers = Self.positions(model.brokers.map(\.name))
        topics = Self.positions(model.topics.map(\.name))
        workflows = Self.positions(model.workflows.map(\.name))
    }

    /// The first position of each name (a valid model has no duplicates).
    private static func positions(_ names: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(names.count)
        for (position, name) in names.enumerated() where result[name] == nil {
            result[name] = position
        }
        return result
    }
}
