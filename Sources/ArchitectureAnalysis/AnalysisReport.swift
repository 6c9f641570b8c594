/// The figures of one analysis (`analysis.md`): every undefined figure is nil, and a note says why.
public struct AnalysisReport: Sendable {
    public var system: String
    public var peakRPS: Double
    public var growth: Double
    public var components: [ComponentFigures]
    public var workflows: [WorkflowFigures]
    public var cost: CostFigures
    /// The component whose utilization reaches 1 first as all load grows, and at what multiple of peak.
    public var firstToSaturate: (component: String, multipleOfPeak: Double)?
    public var zoneOutages: [ZoneOutage]
    public var notes: [String]
}

public struct ComponentFigures: Sendable {
    public var name: String
    public var type: ComponentTable.ComponentType
    public var kind: String
    public var replicas: Int
    public var zones: [String]
    public var availability: Double
    public var loadRPS: Double
    public var servers: Int
    public var utilization: Double?
    public var saturated: Bool?
    public var meanResponseMS: Double?
    public var replicasNeeded: Int?
    public var replicasNeededAtGrowth: Int?
    public var costPerReplica: Double?
}

public struct WorkflowFigures: Sendable {
    public var name: String
    public var entry: String
    public var loadRPS: Double?
    public var availability: Double
    public var availabilityTarget: Double?
    public var meetsAvailability: Bool?
    public var downtimeMinutesPerMonth: Double
    public var errorBudgetMinutesPerMonth: Double?
    /// Sorted by name.
    public var hardDependencies: [String]
    public var meanLatencyMS: Double?
    public var latencyP99TargetMS: Double?
    /// Entry first, then at each service the call that adds the most latency.
    public var criticalPath: [String]?
    public var maxAttempts: Int?
    public var worstRetryPath: [String]?
    /// The hard dependencies that cost the most availability, largest loss first (at most three).
    public var largestLosses: [AvailabilityLoss]
    /// The synchronous call cycle that voids load and latency, in call order.
    public var cycle: [String]?
}

public struct AvailabilityLoss: Sendable {
    public var component: String
    /// Availability gained if the component never failed.
    public var loss: Double
    /// Availability gained with one more replica of it.
    public var gainFromOneMoreReplica: Double
}

public struct CostFigures: Sendable {
    public var monthly: Double
    public var monthlyAtGrowth: Double
    public var budgetMonthly: Double?
    public var withinBudget: Bool?
}

/// What one zone outage does: the workflows that cannot succeed, and each workflow's availability then.
public struct ZoneOutage: Sendable {
    public var zone: String
    public var workflowsDown: [String]
    public var workflowAvailability: [(workflow: String, availability: Double)]
}

/// Minutes in the 30-day month that downtime and error budgets are counted in.
public let minutesPerMonth = 43_200.0
