/// A fault scenario for the simulator: `scenarios.NAME`.
public struct Scenario: Sendable, Hashable, Codable {
    /// The name of the built-in scenario with no faults and load 1; no user scenario may take it.
    public static let baselineName = "baseline"

    public var name: String
    public var description: String?
    /// Simulated time.
    public var duration: TimeSpan
    /// Multiplies `peak_rps`.
    public var load: Double
    public var faults: [Fault]
    public var location: SourceLocation?

    public init(
        name: String,
        description: String? = nil,
        duration: TimeSpan = TimeSpan(seconds: 60),
        load: Double = 1,
        faults: [Fault] = [],
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.description = description
        self.duration = duration
        self.load = load
        self.faults = faults
        self.location = location
    }
}

/// One fault injected at `at` for `duration` (nil = the rest of the run).
public struct Fault: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        /// Every replica in the zone is down.
        case zoneOutage(zone: String)
        /// `replicas` replicas of the component are down; nil = all.
        case crash(target: String, replicas: Int?)
        /// Added to the component's service time.
        case latency(target: String, add: TimeSpan)
        /// This share of the component's requests fails fast.
        case errors(target: String, rate: Double)
        /// Multiplies the arrival rate.
        case loadSpike(factor: Double)
    }

    public var kind: Kind
    public var at: TimeSpan
    public var duration: TimeSpan?
    public var location: SourceLocation?

    public init(
        kind: Kind,
        at: TimeSpan = TimeSpan(seconds: 0),
        duration: TimeSpan? = nil,
        location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.at = at
        self.duration = duration
        self.location = location
    }
}
