/// A whole architecture model, format 1, with every default of the format applied.
///
/// Elements keep the order in which the file declares them; `ModelIndex` finds them by name.
public struct SystemModel: Sendable, Hashable, Codable {
    public var format: Int
    public var system: SystemInfo
    public var zones: Zones
    public var services: [Service]
    public var datastores: [Datastore]
    public var brokers: [Broker]
    public var topics: [Topic]
    public var workflows: [Workflow]
    public var decisions: [Decision]
    public var waivers: [Waiver]
    public var scenarios: [Scenario]

    public init(
        format: Int = 1,
        system: SystemInfo,
        zones: Zones = Zones(),
        services: [Service] = [],
        datastores: [Datastore] = [],
        brokers: [Broker] = [],
        topics: [Topic] = [],
        workflows: [Workflow] = [],
        decisions: [Decision] = [],
        waivers: [Waiver] = [],
        scenarios: [Scenario] = []
    ) {
        self.format = format
        self.system = system
        self.zones = zones
        self.services = services
        self.datastores = datastores
        self.brokers = brokers
        self.topics = topics
        self.workflows = workflows
        self.decisions = decisions
        self.waivers = waivers
        self.scenarios = scenarios
    }
}
