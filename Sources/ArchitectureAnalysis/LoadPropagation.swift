public import ArchitectureModel

/// How a workflow's requests spread over the components (model.md, "Load"): calls multiply by
/// `per_request`, each request makes one operation on every datastore its service uses, publishes
/// send one message per synchronous request, subscribers handle every message and carry the load
/// on through their own calls, stores and long-form publishes. A chain of messages never passes
/// through the same topic twice.
///
/// Load is linear in the rate, so the workflows' requests are spread first and the messages they
/// publish are summed per topic; the topics are then delivered once each, upstream topics first.
public struct LoadPropagation: Sendable {
    /// What the analysis reports of one workflow's load besides the figures.
    public struct WorkflowLoad: Sendable {
        /// A synchronous call cycle met on the way (in the workflow's graph or a subscriber's), in
        /// call order; the workflow then adds no load.
        public var cycle: [Int]?
        /// Publishes dropped because their topic was already on the message chain, described.
        public var droppedPublishes: [String] = []
    }

    let table: ComponentTable
    /// Component indices of the datastores each service uses.
    let uses: [[Int]]
    /// Topic numbers each service publishes per request, and per message of each subscription.
    let publishes: [[Int]]
    let subscriptionPublishes: [[[Int]]]
    /// Subscribers of each topic: (service index, position of the subscription in its list).
    let subscribers: [[(service: Int, subscription: Int)]]
    let topicNames: [String]
    /// The broker component of each topic, if it names one that exists.
    let brokerOfTopic: [Int?]
    /// Brokers of the topics each service lists in `publishes`, for hard dependencies.
    let publishedBrokers: [[Int]]
    /// Every call reachable from each subscribing service.
    let subscriberGraphs: [Int: CallGraph.WorkflowGraph]
    /// For each topic, its strongly connected component in "a delivery of t can publish u", and the
    /// components upstream first.
    let loopOf: [Int]
    let loopsUpstreamFirst: [[Int]]

    public init(_ model: SystemModel, table: ComponentTable, graph: CallGraph) {
        self.table = table
        var topicNumber: [String: Int] = [:]
        var topicNames: [String] = []
        func number(_ topic: String) -> Int {
            if let known = topicNumber[topic] { return known }
            topicNumber[topic] = topicNames.count
            topicNames.append(topic)
            return topicNames.count - 1
        }
        for topic in model.topics { _ = number(topic.name) }
        uses = model.services.map { service in service.uses.compactMap { table.index(of: $0) } }
        publishes = model.services.map { $0.publishes.map(number) }
        subscriptionPublishes = model.services.map { $0.subscribes.map { $0.publishes.map(number) } }
        var subscribers: [[(service: Int, subscription: Int)]] = []
        for (index, service) in model.services.enumerated() {
            for (position, subscription) in service.subscribes.enumerated() {
                let topic = number(subscription.topic)
                while subscribers.count <= topic { subscribers.append([]) }
                subscribers[topic].append((index, position))
            }
        }
        while subscribers.count < topicNames.count { subscribers.append([]) }
        self.subscribers = subscribers
        self.topicNames = topicNames
        var brokerOfTopic = [Int?](repeating: nil, count: topicNames.count)
        for topic in model.topics { brokerOfTopic[number(topic.name)] = table.index(of: topic.broker) }
        self.brokerOfTopic = brokerOfTopic
        publishedBrokers = model.services.indices.map { service in
            model.services[service].publishes.compactMap { topicNumber[$0].flatMap { brokerOfTopic[$0] } }
        }
        let subscribing = Set(subscribers.flatMap { $0.map(\.service) }).sorted()
        let reached = subscribing.concurrentMap { graph.reachable(from: $0) }
        subscriberGraphs = Dictionary(uniqueKeysWithValues: zip(subscribing, reached))
        // t leads to u when a subscriber of t, or a service it reaches by calls, publishes u: a
        // superset of what deliveries publish, so a topic outside t's component never comes back to t.
        var successors = [[Int]](repeating: [], count: topicNames.count)
        for (topic, topicSubscribers) in subscribers.enumerated() {
            var next: Set<Int> = []
            for subscriber in topicSubscribers {
                for service in subscriberGraphs[subscriber.service]?.services ?? [] {
                    next.formUnion(publishes[service])
                }
                next.formUnion(subscriptionPublishes[subscriber.service][subscriber.subscription])
            }
            successors[topic] = next.sorted()
        }
        let loops = StronglyConnectedComponents(successors: successors)
        loopOf = loops.componentOf
        loopsUpstreamFirst = loops.components.reversed()
    }

    /// Work shared by every workflow of one model: what one message per second on a topic does, for
    /// each set of earlier topics of its loop on its chain, and the messages published so far.
    public struct Cache {
        var deliveries: [DeliveryKey: Effect] = [:]
        var topicRates: [Double] = []

        public init() {}
    }

    /// A topic and the topics of its chain (itself included) that lie on a loop with it: only those can
    /// be published again below it, so only those change what its delivery does.
    struct DeliveryKey: Hashable {
        var topic: Int
        var chain: Set<Int>
    }

    /// What a workflow's requests, or one message per second on a topic, do.
    struct Effect {
        /// Requests, messages or operations per second, by component; a component may repeat.
        var loads: [(component: Int, rate: Double)] = []
        /// Messages per second published to topics outside the delivery's loop, delivered later.
        var published: [(topic: Int, rate: Double)] = []
        var cycle: [Int]?
        var dropped: [String] = []

        mutating func add(_ other: Effect, scale: Double) {
            loads += other.loads.map { ($0.component, $0.rate * scale) }
            published += other.published.map { ($0.topic, $0.rate * scale) }
            absorbNotes(of: other)
        }

        /// The cycle and dropped publishes below a topic delivered later.
        mutating func absorbNotes(of other: Effect) {
            if cycle == nil { cycle = other.cycle }
            for note in other.dropped where !dropped.contains(note) { dropped.append(note) }
        }
    }

    /// Adds the load `rate` requests per second at the entry of `workflowGraph` put on the components
    /// to `load`, and its messages to the cache's topics; nothing when a cycle is met on the way.
    /// `deliverMessages` then carries the messages of every workflow on.
    public func addLoad(
        of workflowGraph: CallGraph.WorkflowGraph,
        rate: Double,
        into load: inout [Double],
        cache: inout Cache
    ) -> WorkflowLoad {
        var effect = Effect()
        spread(from: workflowGraph, rate: rate, message: nil, chain: [], into: &effect, cache: &cache)
        guard effect.cycle == nil else { return WorkflowLoad(cycle: effect.cycle, droppedPublishes: effect.dropped) }
        for (component, value) in effect.loads { load[component] += value }
        if cache.topicRates.isEmpty { cache.topicRates = [Double](repeating: 0, count: topicNames.count) }
        for (topic, value) in effect.published { cache.topicRates[topic] += value }
        return WorkflowLoad(cycle: nil, droppedPublishes: effect.dropped)
    }

    /// Delivers the messages the workflows published, topic by topic, upstream loops first, so every
    /// message a delivery publishes to a later topic is counted before that topic is delivered.
    public func deliverMessages(into load: inout [Double], cache: inout Cache) {
        guard !cache.topicRates.isEmpty else { return }
        for loop in loopsUpstreamFirst {
            for topic in loop where cache.topicRates[topic] > 0 {
                let rate = cache.topicRates[topic]
                let effect = deliveries(of: topic, chain: [topic], cache: &cache)
                for (component, value) in effect.loads { load[component] += value * rate }
                for (later, value) in effect.published { cache.topicRates[later] += value * rate }
            }
        }
    }

    /// Spreads `rate` requests from the graph's root over its calls; `message` is the topic and
    /// subscription when the root is a subscriber handling a message rather than a request.
    private func spread(
        from root: CallGraph.WorkflowGraph,
        rate: Double,
        message: (topic: Int, subscription: Int)?,
        chain: Set<Int>,
        into effect: inout Effect,
        cache: inout Cache
    ) {
        if let cycle = root.cycle {
            if effect.cycle == nil { effect.cycle = cycle }
            return
        }
        var requests = [Double](repeating: 0, count: root.services.count)
        requests[0] = rate
        for at in root.orderAt {
            let incoming = requests[Int(at)]
            for edge in root.edgeRange(at: Int(at)) {
                requests[Int(root.calleeAt[edge])] += incoming * root.allEdges[Int(root.edgeIDs[edge])].perRequest
            }
        }
        let loop = message.map { loopOf[$0.topic] }
        for (at, service) in root.services.enumerated() {
            let handled = requests[at]
            effect.loads.append((service, handled))
            for store in uses[service] { effect.loads.append((store, handled)) }
            // A subscriber handling a message fires only its subscription's publishes, below.
            if message != nil, at == 0 { continue }
            for topic in publishes[service] {
                publish(topic, rate: handled, by: service, chain: chain, loop: loop, into: &effect, cache: &cache)
            }
        }
        if let message {
            for topic in subscriptionPublishes[root.entry][message.subscription] {
                publish(topic, rate: rate, by: root.entry, chain: chain, loop: loop, into: &effect, cache: &cache)
            }
        }
    }

    /// `chain` holds the topics on the message chain that share `loop`, the loop of the topic being
    /// delivered (nil for a workflow's requests).
    private func publish(
        _ topic: Int,
        rate: Double,
        by publisher: Int,
        chain: Set<Int>,
        loop: Int?,
        into effect: inout Effect,
        cache: inout Cache
    ) {
        if chain.contains(topic) {
            let note =
                "`\(table.components[publisher].name)` publishing `\(topicNames[topic])` again on its message chain is dropped"
            if !effect.dropped.contains(note) { effect.dropped.append(note) }
            return
        }
        if let broker = brokerOfTopic[topic] { effect.loads.append((broker, rate)) }
        if loopOf[topic] == loop {
            effect.add(deliveries(of: topic, chain: chain.union([topic]), cache: &cache), scale: rate)
        } else {
            // Outside the loop no topic of the chain can come back: delivered later, once per topic.
            effect.published.append((topic, rate))
            effect.absorbNotes(of: deliveries(of: topic, chain: [topic], cache: &cache))
        }
    }

    /// What one message per second on `topic` does through all its subscribers.
    private func deliveries(of topic: Int, chain: Set<Int>, cache: inout Cache) -> Effect {
        let key = DeliveryKey(topic: topic, chain: chain)
        if let known = cache.deliveries[key] { return known }
        var effect = Effect()
        for subscriber in subscribers[topic] {
            guard let subscriberGraph = subscriberGraphs[subscriber.service] else { continue }
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
