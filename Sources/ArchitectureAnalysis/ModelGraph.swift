public import ArchitectureModel

/// What a model's structure implies, derived once per model and read by the analysis, the review,
/// the diagrams, the simulation and the report: names to positions, the component table, the call
/// graph, each workflow's graph (model.md, "Which graph a workflow uses") and who publishes and who
/// subscribes to each topic. Nothing here depends on traffic or zones, so one graph serves every
/// analysis of the model (today's peak, the growth, a what-if rate).
public struct ModelGraph: Sendable {
    /// One topic publication: on requests (`publishes`), or on handling a subscribed message (a
    /// subscription's long form).
    public struct Publication: Sendable, Hashable {
        public var service: String
        public var topic: String
    }

    public let model: SystemModel
    public let index: ModelIndex
    public let table: ComponentTable
    public let calls: CallGraph
    /// Each workflow's call graph, by workflow position; nil when its entry is not a service.
    public let workflowGraphs: [CallGraph.WorkflowGraph?]
    /// Every publication, by service in file order: its `publishes`, then its subscriptions'.
    public let publications: [Publication]
    /// Topic name -> the services that publish it, distinct, in file order.
    public let publishers: [String: [String]]
    /// Topic name -> the services that subscribe to it, distinct, in file order.
    public let subscribers: [String: [String]]

    public init(_ model: SystemModel) {
        self.model = model
        index = ModelIndex(model)
        let table = ComponentTable(model)
        self.table = table
        let calls = CallGraph(model, table: table)
        self.calls = calls
        workflowGraphs = model.workflows.concurrentMap { calls.graph(for: $0) }
        var publications: [Publication] = []
        var publishers: [String: [String]] = [:]
        var subscribers: [String: [String]] = [:]
        for service in model.services {
            let published = service.publishes + service.subscribes.flatMap(\.publishes)
            publications += published.map { Publication(service: service.name, topic: $0) }
            for topic in Self.distinct(published) { publishers[topic, default: []].append(service.name) }
            for topic in Self.distinct(service.subscribes.map(\.topic)) {
                subscribers[topic, default: []].append(service.name)
            }
        }
        self.publications = publications
        self.publishers = publishers
        self.subscribers = subscribers
    }

    public func service(_ name: String) -> Service? { index.services[name].map { model.services[$0] } }
    public func datastore(_ name: String) -> Datastore? { index.datastores[name].map { model.datastores[$0] } }
    public func broker(_ name: String) -> Broker? { index.brokers[name].map { model.brokers[$0] } }
    public func topic(_ name: String) -> Topic? { index.topics[name].map { model.topics[$0] } }
    public func workflow(_ name: String) -> Workflow? { index.workflows[name].map { model.workflows[$0] } }

    /// The first occurrence of each name, in order.
    private static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
