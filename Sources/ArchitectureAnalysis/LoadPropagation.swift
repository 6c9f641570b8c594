public import ArchitectureModel

/// How a workflow's requests spread over the components (model.md, "Load"): calls multiply by
/// `per_request`, each request makes one operation on every datastore its service uses, publishes
/// send one message per synchronous request, subscribers handle every message and carry the load
/// on through their own calls, stores and long-form publishes. A chain of messages never passes
/// through the same topic twice.
///
/// Load is linear in the rate, so the workflows' requests are spread first and the messages they
/// publish are summed per topic; then one pass over the message flow, upstream first, delivers
/// every topic once, carrying the subscribers' load through their calls like requests. Only topics
/// on a loop are delivered by chain (`TopicDeliveries`), since only there can a publish be dropped.
public struct LoadPropagation: Sendable {
    /// What the analysis reports of one workflow's load besides the figures.
    public struct WorkflowLoad: Sendable {
        /// A synchronous call cycle met on the way (in the workflow's graph or a subscriber's), in
        /// call order; the workflow then adds no load.
        public var cycle: [Int]?
        /// Publishes dropped because their topic was already on the message chain, described.
        public var droppedPublishes: [String] = []
    }

    /// Messages per second published to each topic so far, by topic number.
    public struct Messages {
        var rates: [Double] = []

        public init() {}
    }

    let topology: MessageTopology
    let graph: CallGraph
    let flow: MessageFlow
    let deliveries: TopicDeliveries

    public init(_ model: SystemModel, table: ComponentTable, graph: CallGraph) {
        topology = MessageTopology(model, table: table)
        self.graph = graph
        flow = MessageFlow(topology, graph: graph)
        deliveries = TopicDeliveries(topology, graph: graph, flow: flow)
    }

    /// Adds the load `rate` requests per second at the entry of `workflowGraph` put on the components
    /// to `load`, and its messages to `messages`; nothing when a cycle is met on the way.
    /// `deliverMessages` then carries the messages of every workflow on.
    public func addLoad(
        of workflowGraph: CallGraph.WorkflowGraph,
        rate: Double,
        into load: inout [Double],
        messages: inout Messages
    ) -> WorkflowLoad {
        if let cycle = workflowGraph.cycle { return WorkflowLoad(cycle: cycle) }
        var notes = TopicDeliveries.Notes()
        for service in workflowGraph.services {
            for topic in topology.publishes[service] { notes.absorb(deliveries.notes[topic]) }
        }
        guard notes.cycle == nil else { return WorkflowLoad(cycle: notes.cycle, droppedPublishes: notes.dropped) }
        if messages.rates.isEmpty { messages.rates = [Double](repeating: 0, count: topology.topicCount) }
        let requests = workflowGraph.requests(enteringAt: rate)
        for (at, service) in workflowGraph.services.enumerated() {
            let handled = requests[at]
            load[service] += handled
            for store in topology.uses[service] { load[store] += handled }
            for topic in topology.publishes[service] {
                topology.publish(topic, rate: handled, load: &load, rates: &messages.rates)
            }
        }
        return WorkflowLoad(cycle: nil, droppedPublishes: notes.dropped)
    }

    /// Delivers the messages the workflows published in one pass over the message flow, upstream
    /// first, so every request and message reaching a node is counted before the node passes it on.
    public func deliverMessages(into load: inout [Double], messages: inout Messages) {
        guard !messages.rates.isEmpty else { return }
        var pass = DeliveryPass(topology: topology, graph: graph, load: load, rates: messages.rates)
        for (component, members) in flow.components.enumerated().reversed() {
            if flow.hasLoop[component] {
                pass.deliverLoop(members.map(flow.node), effects: deliveries.loopEffects)
            } else {
                pass.deliver(flow.node(members[0]))
            }
        }
        load = pass.load
        messages.rates = pass.rates
    }
}
