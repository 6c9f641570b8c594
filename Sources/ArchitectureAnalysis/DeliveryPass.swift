/// One pass of `LoadPropagation.deliverMessages` over the message flow, upstream first: what has
/// reached each node so far, and the load it has put on the components.
struct DeliveryPass {
    let topology: MessageTopology
    let graph: CallGraph
    var load: [Double]
    /// Messages per second published to each topic.
    var rates: [Double]
    /// Requests per second reaching each service as a callee.
    var requests: [Double]
    /// Messages per second each service handles as a subscriber.
    var handled: [Double]

    init(topology: MessageTopology, graph: CallGraph, load: [Double], rates: [Double]) {
        self.topology = topology
        self.graph = graph
        self.load = load
        self.rates = rates
        requests = [Double](repeating: 0, count: graph.outgoing.count)
        handled = [Double](repeating: 0, count: graph.outgoing.count)
    }

    /// Passes on what reached `node`; every node upstream of it must have been delivered.
    mutating func deliver(_ node: MessageFlow.Node) {
        switch node {
        case .requests(let service):
            let rate = requests[service]
            guard rate > 0 else { return }
            serve(service, rate: rate)
            for topic in topology.publishes[service] { topology.publish(topic, rate: rate, load: &load, rates: &rates) }
        case .message(let service):
            let rate = handled[service]
            guard rate > 0 else { return }
            serve(service, rate: rate)
        case .topic(let topic):
            let rate = rates[topic]
            guard rate > 0 else { return }
            for subscriber in topology.subscribers[topic] {
                handled[subscriber.service] += rate
                for published in topology.subscriptionPublishes[subscriber.service][subscriber.subscription] {
                    topology.publish(published, rate: rate, load: &load, rates: &rates)
                }
            }
        }
    }

    /// A flow component with a loop: its services first, callers before callees (what reaches them
    /// comes from upstream, or from each other by calls), then its topics, each by the effect of its
    /// chained delivery. Nothing reaches a synchronous call cycle: a workflow that would adds no load.
    mutating func deliverLoop(_ nodes: [MessageFlow.Node], effects: [Int: TopicDeliveries.Effect]) {
        var topics: [Int] = []
        var services: [MessageFlow.Node] = []
        for node in nodes {
            if case .topic(let topic) = node { topics.append(topic) } else { services.append(node) }
        }
        for node in callersFirst(services) { deliver(node) }
        for topic in topics where rates[topic] > 0 {
            guard let effect = effects[topic] else { continue }
            let rate = rates[topic]
            for (component, value) in effect.loads { load[component] += value * rate }
            for (later, value) in effect.published { rates[later] += value * rate }
        }
    }

    /// Service nodes of one flow component: message nodes first (only topics upstream reach them),
    /// then request nodes in an order where a caller comes before its callees.
    private func callersFirst(_ nodes: [MessageFlow.Node]) -> [MessageFlow.Node] {
        var messageNodes: [MessageFlow.Node] = []
        var requestServices: [Int] = []
        for node in nodes {
            if case .requests(let service) = node { requestServices.append(service) } else { messageNodes.append(node) }
        }
        var local: [Int: Int] = [:]
        for (position, service) in requestServices.enumerated() { local[service] = position }
        let callees = requestServices.map { service in graph.outgoing[service].compactMap { local[$0.callee] } }
        // Components come out callees first; the members of a call cycle share one.
        let order = StronglyConnectedComponents(successors: callees).components.reversed().flatMap { $0 }
        return messageNodes + order.map { .requests(service: requestServices[$0]) }
    }

    /// `rate` requests or messages handled by `service`: its own load, its stores', its callees'.
    private mutating func serve(_ service: Int, rate: Double) {
        load[service] += rate
        for store in topology.uses[service] { load[store] += rate }
        for edge in graph.outgoing[service] { requests[edge.callee] += rate * edge.perRequest }
    }
}
