/// A message broker: `brokers.NAME`.
public struct Broker: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case kafka, rabbitmq, sqs, sns, nats, pulsar, other
    }

    public var name: String
    public var label: String?
    public var description: String?
    public var kind: Kind
    public var placement: Placement
    public var serving: Serving
    public var location: SourceLocation?

    public init(
        name: String,
        label: String? = nil,
        description: String? = nil,
        kind: Kind = .other,
        placement: Placement,
        serving: Serving = Serving(),
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.kind = kind
        self.placement = placement
        self.serving = serving
        self.location = location
    }
}

/// A topic or queue on a broker: `topics.NAME`.
public struct Topic: Sendable, Hashable, Codable {
    public enum Delivery: String, Sendable, Hashable, Codable, CaseIterable {
        case atMostOnce = "at-most-once"
        case atLeastOnce = "at-least-once"
        case exactlyOnce = "exactly-once"
    }

    public enum Ordering: String, Sendable, Hashable, Codable, CaseIterable {
        case none
        case perKey = "per-key"
        case total
    }

    public var name: String
    public var label: String?
    public var description: String?
    public var broker: String
    public var partitions: Int?
    public var delivery: Delivery
    public var deadLetter: Bool
    public var ordering: Ordering?
    public var retention: TimeSpan?
    public var location: SourceLocation?

    public init(
        name: String,
        label: String? = nil,
        description: String? = nil,
        broker: String,
        partitions: Int? = nil,
        delivery: Delivery = .atLeastOnce,
        deadLetter: Bool = false,
        ordering: Ordering? = nil,
        retention: TimeSpan? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.broker = broker
        self.partitions = partitions
        self.delivery = delivery
        self.deadLetter = deadLetter
        self.ordering = ordering
        self.retention = retention
        self.location = location
    }
}
