public import ArchitectureModel

/// How a workflow's requests spread over the components (model.md, "Load"): calls multiply by
/// `per_request`, each request makes one operation on every datastore its service uses, publishes
/// send one message per synchronous request, subscribers handle every message and carry the load
/// on through their own calls, stores and long-form publishes. A chain of messages never passes
/// through the same topic twice.
public struct LoadPropagation: Sendable {
    public struct WorkflowLoad: Sendable {
        /// Requests (or messages, or operations) per second at each component index.
        public var perComponent: [Int: Double] = [:]
        /// A synchronous call cycle met on the way, in call order; the load is void when set.
        public var cycle: [Int]?
        /// Publishes dropped because their topic was already on the message chain, described.
        public var droppedPublishes: [String] = []
    }

    let model: SystemModel
    let table: ComponentTable
    let graph: CallGraph
    /// Component indices of the datastores each service uses.
    let uses: [[Int]]
    /// Subscribers of each topic: (service index, position of the subscription in its list).
    let subscribers: [String: [(service: Int, subscription: Int)]]
    let brokerOfTopic: [String: Int]

    public init(_ model: SystemModel, table: ComponentTable, graph: CallGraph) {
        self.model = model
        self.table = table
        self.graph = graph
        uses = model.services.map { service in service.uses.compactMap { table.index(of: $0) } }
        var subscribers: [String: [(Int, Int)]] = [:]
        for (index, service) in model.services.enumerated() {
            for (position, subscription) in service.subscribes.enumerated() {
                subscribers[subscription.topic, default: []].append((index, position))
            }
        }
        self.subscribers = subscribers
        var brokerOfTopic: [String: Int] = [:]
        for topic in model.topics {
            if let broker = table.index(of: topic.broker) { brokerOfTopic[topic.name] = broker }
        }
        self.brokerOfTopic = brokerOfTopic
    }

    /// The load `rate` requests per second at the entry of `workflowGraph` put on every component.
    public func load(of workflowGraph: CallGraph.WorkflowGraph, rate: Double) -> WorkflowLoad {
        var result = WorkflowLoad()
        var subscriberGraphs: [Int: CallGraph.WorkflowGraph] = [:]
        propagate(
            from: workflowGraph,
            rate: rate,
            message: nil,
            chain: [],
            into: &result,
            subscriberGraphs: &subscriberGraphs
        )
        if result.cycle != nil { result.perComponent = [:] }
        return result
    }

    /// Spreads `rate` requests from the graph's root over its calls; `message` is the topic and
    /// subscription when the root is a subscriber handling a message rather than a request.
    private func propagate(
        from root: CallGraph.WorkflowGraph,
        rate: Double,
        message: (topic: String, subscription: Int)?,
        chain: [String],
        into result: inout WorkflowLoad,
        subscriberGraphs: inout [Int: CallGraph.WorkflowGraph]
    ) {
        guard result.cycle == nil else { return }
        if let cycle = root.cycle {
            result.cycle = cycle
            return
        }
        var requests: [Int: Double] = [root.entry: rate]
        for caller in CallGraph.topologicalOrder(root) {
            let incoming = requests[caller, default: 0]
            for edge in root.outgoing[caller] ?? [] {
                requests[edge.callee, default: 0] += incoming * model.services[edge.caller].calls[edge.call].perRequest
            }
        }
        for service in root.services {
            let handled = requests[service, default: 0]
            result.perComponent[service, default: 0] += handled
            for store in uses[service] {
                result.perComponent[store, default: 0] += handled
            }
            // A subscriber handling a message fires only its subscription's publishes, below.
            if message != nil, service == root.entry { continue }
            for topic in model.services[service].publishes {
                publish(
                    topic,
                    rate: handled,
                    by: service,
                    chain: chain,
                    into: &result,
                    subscriberGraphs: &subscriberGraphs
                )
            }
        }
        if let message {
            let subscription = model.services[root.entry].subscribes[message.subscription]
            for topic in subscription.publishes {
                publish(
                    topic,
                    rate: rate,
                    by: root.entry,
                    chain: chain,
                    into: &result,
                    subscriberGraphs: &subscriberGraphs
                )
            }
        }
    }

    private func publish(
        _ topic: String,
        rate: Double,
        by publisher: Int,
        chain: [String],
        into result: inout WorkflowLoad,
        subscriberGraphs: inout [Int: CallGraph.WorkflowGraph]
    ) {
        if chain.contains(topic) {
            let path = (chain + [topic]).joined(separator: " -> ")
            let note =
                "`\(table.components[publisher].name)` publishing `\(topic)` again on its message chain (\(path)) is dropped"
            if !result.droppedPublishes.contains(note) { result.droppedPublishes.append(note) }
            return
        }
        if let broker = brokerOfTopic[topic] { result.perComponent[broker, default: 0] += rate }
        for subscriber in subscribers[topic] ?? [] {
            let subscriberGraph =
                subscriberGraphs[subscriber.service]
                ?? graph.reachable(from: subscriber.service)
            subscriberGraphs[subscriber.service] = subscriberGraph
            propagate(
                from: subscriberGraph,
                rate: rate,
                message: (topic, subscriber.subscription),
                chain: chain + [topic],
                into: &result,
                subscriberGraphs: &subscriberGraphs
            )
        }
    }
}
