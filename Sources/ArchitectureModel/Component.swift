/// What services, datastores and brokers share: replicas spread over zones, each up independently.
public struct Placement: Sendable, Hashable, Codable {
    public var replicas: Int
    /// Zones the replicas are spread over round-robin: replica i sits in `zones[i % zones.count]`.
    /// Empty for an external service, which sits in no zone.
    public var zones: [String]
    /// Probability that one replica is up.
    public var instanceAvailability: Double

    public init(replicas: Int = 1, zones: [String], instanceAvailability: Double = 0.995) {
        self.replicas = replicas
        self.zones = zones
        self.instanceAvailability = instanceAvailability
    }
}

/// How a component serves requests, for queueing and simulation.
public struct Serving: Sendable, Hashable, Codable {
    /// Mean time one worker spends on one request, downstream excluded; nil = no queueing figures.
    public var serviceTime: TimeSpan?
    /// Makes the service time lognormal with this p99 (simulation only).
    public var serviceTimeP99: TimeSpan?
    /// Workers per replica.
    public var concurrency: Int
    public var costPerReplica: Double?
    /// Per replica: requests in progress, waiting downstream included; nil = unlimited.
    public var maxInFlight: Int?
    /// Per replica: queued requests beyond which arrivals are rejected; nil = unlimited.
    public var maxQueue: Int?

    public init(
        serviceTime: TimeSpan? = nil,
        serviceTimeP99: TimeSpan? = nil,
        concurrency: Int = 1,
        costPerReplica: Double? = nil,
        maxInFlight: Int? = nil,
        maxQueue: Int? = nil
    ) {
        self.serviceTime = serviceTime
        self.serviceTimeP99 = serviceTimeP99
        self.concurrency = concurrency
        self.costPerReplica = costPerReplica
        self.maxInFlight = maxInFlight
        self.maxQueue = maxQueue
    }
}
