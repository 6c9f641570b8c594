/// Where messages carry load once the workflows' own calls are spread, as one graph of three kinds
/// of node: a service handling requests (its calls and its `publishes`), a service handling a
/// message (its calls only: a message fires just its subscription's publishes, on the topic's node),
/// and a topic (its subscribers, and the topics their subscriptions publish).
///
/// Its strongly connected components, upstream first, are the order of one delivery pass over the
/// whole model. A component with a loop is either a synchronous call cycle or topics whose messages
/// can come back to them; only below those can a delivery meet a cycle or drop a publish.
struct MessageFlow: Sendable {
    enum Node: Equatable {
        case requests(service: Int)
        case message(service: Int)
        case topic(Int)
    }

    let serviceCount: Int
    /// The components, downstream first (every edge leads to the same or an earlier component).
    let components: [[Int]]
    /// Per component: more than one node, or a node with an edge to itself.
    let hasLoop: [Bool]
    /// Per component: it has a loop or leads to one.
    let reachesLoop: [Bool]
    let componentOf: [Int]

    init(_ topology: MessageTopology, graph: CallGraph) {
        let services = graph.outgoing.count
        serviceCount = services
        var successors = [[Int]](repeating: [], count: 2 * services + topology.topicCount)
        for service in 0..<services {
            let callees = graph.outgoing[service].map(\.callee)
            successors[service] = callees + topology.publishes[service].map { 2 * services + $0 }
            // Only a subscriber ever handles a message.
            if !topology.subscriptionPublishes[service].isEmpty { successors[services + service] = callees }
        }
        for (topic, subscribers) in topology.subscribers.enumerated() {
            successors[2 * services + topic] = subscribers.flatMap { subscriber in
                [services + subscriber.service]
                    + topology.subscriptionPublishes[subscriber.service][subscriber.subscription].map {
                        2 * services + $0
                    }
            }
        }
        let strong = StronglyConnectedComponents(successors: successors)
        components = strong.components
        componentOf = strong.componentOf
        hasLoop = strong.components.map { members in
            members.count > 1 || successors[members[0]].contains(members[0])
        }
        var reachesLoop = hasLoop
        for (component, members) in strong.components.enumerated() where !reachesLoop[component] {
            reachesLoop[component] = members.contains { member in
                successors[member].contains { reachesLoop[strong.componentOf[$0]] }
            }
        }
        self.reachesLoop = reachesLoop
    }

    func node(_ id: Int) -> Node {
        if id < serviceCount { return .requests(service: id) }
        if id < 2 * serviceCount { return .message(service: id - serviceCount) }
        return .topic(id - 2 * serviceCount)
    }

    func id(_ node: Node) -> Int {
        switch node {
        case .requests(let service): service
        case .message(let service): serviceCount + service
        case .topic(let topic): 2 * serviceCount + topic
        }
    }

    /// Whether a delivery reaching `node` can meet a call cycle or drop a publish below it.
    func reachesLoop(_ node: Node) -> Bool { reachesLoop[componentOf[id(node)]] }

    /// The topics on a loop share a component number; other topics have one of their own.
    func component(ofTopic topic: Int) -> Int { componentOf[id(.topic(topic))] }
}
