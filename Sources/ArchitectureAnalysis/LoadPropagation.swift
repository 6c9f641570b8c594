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

    /// What one message per second delivered on a topic does, or a whole workflow's requests.
    struct Effect {
        var perComponent: [Int: Double] = [:]
        var cycle: [Int]?
        var dropped: [String] = []

        mutating func add(_ other: Effect, scale: Double) {
            for (component, rate) in other.perComponent { perComponent[component, default: 0] += rate * scale }
            if cycle == nil { cycle = other.cycle }
            for note in other.dropped where !dropped.contains(note) { dropped.append(note) }
        }
    }

    /// Work shared by every workflow of one model: load is linear in the rate, and what a delivery does
    /// depends only on its topic and the set of topics already on its chain, so each is computed once.
    /// Without this, chains of subscribers that publish would be walked once per path: exponentially often.
    public struct Cache {
        var deliveries: [DeliveryKey: Effect] = [:]
        var subscriberGraphs: [Int: CallGraph.WorkflowGraph] = [:]

        public init() {}
    }

    struct DeliveryKey: Hashable {
        var topic: String
        var chain: Set<String>
    }

    /// The load `rate` requests per second at the entry of `workflowGraph` put on every component.
    public func load(of workflowGraph: CallGraph.WorkflowGraph, rate: Double, cache: inout Cache) -> WorkflowLoad {
        var effect = Effect()
        spread(from: workflowGraph, rate: rate, message: nil, chain: [], into: &effect, cache: &cache)
        return WorkflowLoad(
            perComponent: effect.cycle == nil ? effect.perComponent : [:],
            cycle: effect.cycle,
            droppedPublishes: effect.dropped
        )
    }

    /// Spreads `rate` requests from the graph's root over its calls; `message` is the topic and
    /// subscription when the root is a subscriber handling a message rather than a request.
    private func spread(
        from root: CallGraph.WorkflowGraph,
        rate: Double,
        message: (topic: String, subscription: Int)?,
        chain: Set<String>,
        into effect: inout Effect,
        cache: inout Cache
    ) {
        if let cycle = root.cycle {
            if effect.cycle == nil { effect.cycle = cycle }
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
            effect.perComponent[service, default: 0] += handled
            for store in uses[service] {
                effect.perComponent[store, default: 0] += handled
            }
            // A subscriber handling a message fires only its subscription's publishes, below.
            if message != nil, service == root.entry { continue }
            for topic in model.services[service].publishes {
                publish(topic, rate: handled, by: service, chain: chain, into: &effect, cache: &cache)
            }
        }
        if let message {
            let subscription = model.services[root.entry].subscribes[message.subscription]
            for topic in subscription.publishes {
                publish(topic, rate: rate, by: root.entry, chain: chain, into: &effect, cache: &cache)
            }
        }
    }

    private func publish(
        _ topic: String,
        rate: Double,
        by publisher: Int,
        chain: Set<String>,
        into effect: inout Effect,
        cache: inout Cache
    ) {
        if chain.contains(topic) {
            let note =
                "`\(table.components[publisher].name)` publishing `\(topic)` again on its message chain is dropped"
            if !effect.dropped.contains(note) { effect.dropped.append(note) }
            return
        }
        if let broker = brokerOfTopic[topic] { effect.perComponent[broker, default: 0] += rate }
        effect.add(deliveries(of: topic, chain: chain.union([topic]), cache: &cache), scale: rate)
    }

    /// What one message per second on `topic` does through all its subscribers.
    private func deliveries(of topic: String, chain: Set<String>, cache: inout Cache) -> Effect {
        let key = DeliveryKey(topic: topic, chain: chain)
        if let known = cache.deliveries[key] { return known }
        var effect = Effect()
        for subscriber in subscribers[topic] ?? [] {
            let subscriberGraph =
                cache.subscriberGraphs[subscriber.service] ?? graph.reachable(from: subscriber.service)
            cache.subscriberGraphs[subscriber.service] = subscriberGraph
            spread(
                from: subscriberGraph,
                rate: 1,
                message: (topic, subscriber.subscription),
                chain: chain,
                into: &effect,
                cache: &cache
            )
        }
        cache.deliveries[key] = effect
        return effect
    }
}
