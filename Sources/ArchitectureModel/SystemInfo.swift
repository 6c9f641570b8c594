/// The `system` section: what the system is called and what it must deliver.
public struct SystemInfo: Sendable, Hashable, Codable {
    public var name: String
    public var description: String?
    public var requirements: Requirements
    public var location: SourceLocation?

    public init(
        name: String,
        description: String? = nil,
        requirements: Requirements = Requirements(),
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.description = description
        self.requirements = requirements
        self.location = location
    }
}

/// Targets that apply to the whole system unless a workflow overrides them.
public struct Requirements: Sendable, Hashable, Codable {
    /// External requests per second at peak, all workflows together.
    public var peakRPS: Double
    /// Capacity must also hold `peakRPS * growth`.
    public var growth: Double
    /// Default availability target of every workflow, as a fraction.
    public var availability: Double?
    /// Default p99 latency target of every workflow.
    public var latencyP99: TimeSpan?
    public var budgetMonthly: Double?
    public var compliance: [String]
    public var dataResidency: [String]

    public init(
        peakRPS: Double = 0,
        growth: Double = 10,
        availability: Double? = nil,
        latencyP99: TimeSpan? = nil,
        budgetMonthly: Double? = nil,
        compliance: [String] = [],
        dataResidency: [String] = []
    ) {
        self.peakRPS = peakRPS
        self.growth = growth
        self.availability = availability
        self.latencyP99 = latencyP99
        self.budgetMonthly = budgetMonthly
        self.compliance = compliance
        self.dataResidency = dataResidency
    }
}

/// Shared failure domains: one zone outage takes down every replica in it.
public struct Zones: Sendable, Hashable, Codable {
    public var names: [String]
    /// Probability that one zone is up.
    public var availability: Double

    public init(names: [String] = ["default"], availability: Double = 0.9999) {
        self.names = names
        self.availability = availability
    }
}
