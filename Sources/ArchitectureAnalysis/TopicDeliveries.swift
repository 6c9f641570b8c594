/// What the delivery of a topic's messages notes below it (a call cycle met, publishes dropped by
/// the chain rule), and, for topics on a loop, what one message per second does: computed once per
/// model, downstream topics first, so each topic reads only finished answers of the topics below it.
///
/// Topics on no loop are delivered by the one pass of `LoadPropagation.deliverMessages`; only a
/// topic on a loop needs its chain, since only there can a publish repeat a topic of its chain.
struct TopicDeliveries: Sendable {
    /// A synchronous call cycle met below a topic, and the publishes dropped below it, described.
    struct Notes: Sendable {
        var cycle: [Int]?
        var dropped: [String] = []

        /// The first cycle met stays; dropped publishes are listed once, in the order met.
        mutating func absorb(_ other: Notes) {
            if cycle == nil { cycle = other.cycle }
            for note in other.dropped where !dropped.contains(note) { dropped.append(note) }
        }

        var isEmpty: Bool { cycle == nil && dropped.isEmpty }
    }

    /// What one message per second on a topic of a loop does.
    struct Effect: Sendable {
        /// Requests, messages or operations per second, by component; a component may repeat.
        var loads: [(component: Int, rate: Double)] = []
        /// Messages per second published to topics outside the loop, delivered later.
        var published: [(topic: Int, rate: Double)] = []
        var notes = Notes()

        mutating func add(_ other: Effect, scale: Double) {
            loads += other.loads.map { ($0.component, $0.rate * scale) }
            published += other.published.map { ($0.topic, $0.rate * scale) }
            notes.absorb(other.notes)
        }

        /// The same effect with each component's load summed into one entry, in first-seen order,
        /// so effects nested along the chains of a dense loop do not grow with the number of chains.
        func merged() -> Effect {
            var position: [Int: Int] = [:]
            var loads: [(component: Int, rate: Double)] = []
            for (component, rate) in self.loads {
                if let at = position[component] {
                    loads[at].rate += rate
                } else {
                    position[component] = loads.count
                    loads.append((component, rate))
                }
            }
            return Effect(loads: loads, published: published, notes: notes)
        }
    }

    /// By topic number; empty for a topic whose deliveries lead to no loop.
    let notes: [Notes]
    /// By topic number, for the topics on a loop.
    let loopEffects: [Int: Effect]

    init(_ topology: MessageTopology, graph: CallGraph, flow: MessageFlow) {
        var builder = Builder(topology: topology, graph: graph, flow: flow)
        var loopEffects: [Int: Effect] = [:]
        for (component, members) in flow.components.enumerated() where flow.reachesLoop[component] {
            for member in members {
                guard case .topic(let topic) = flow.node(member) else { continue }
                if flow.hasLoop[component] {
                    let effect = builder.deliveries(of: topic, chain: [topic])
                    loopEffects[topic] = effect
                    builder.notes[topic] = effect.notes
                } else {
                    builder.notes[topic] = builder.notesOfDelivering(topic)
                }
            }
        }
        notes = builder.notes
        self.loopEffects = loopEffects
    }

    /// The work of `init`: the notes found so far, the loop deliveries computed for each chain, and
    /// the call graphs of the subscribers they spread through.
    private struct Builder {
        let topology: MessageTopology
        let graph: CallGraph
        let flow: MessageFlow
        var notes: [Notes]
        var effects: [DeliveryKey: Effect] = [:]
        var subscriberGraphs: [Int: CallGraph.WorkflowGraph] = [:]

        init(topology: MessageTopology, graph: CallGraph, flow: MessageFlow) {
            self.topology = topology
            self.graph = graph
            self.flow = flow
            notes = [Notes](repeating: Notes(), count: topology.topicCount)
        }

        /// The notes of a topic on no loop, from the topics below it: each subscriber's calls are
        /// followed only towards a loop, in the order a full delivery would meet them.
        func notesOfDelivering(_ topic: Int) -> Notes {
            var found = Notes()
            for subscriber in topology.subscribers[topic] {
                if flow.reachesLoop(.message(service: subscriber.service)) {
                    let reached = graph.reachable(from: subscriber.service) {
                        flow.reachesLoop(.requests(service: $0.callee))
                    }
                    if let cycle = reached.cycle {
                        if found.cycle == nil { found.cycle = cycle }
                        continue
                    }
                    // The subscriber itself handles a message, so its own `publishes` do not fire.
                    for service in reached.services.dropFirst() {
                        for published in topology.publishes[service] { found.absorb(notes[published]) }
                    }
                }
                for published in topology.subscriptionPublishes[subscriber.service][subscriber.subscription] {
                    found.absorb(notes[published])
                }
            }
            return found
        }

        /// A topic of a loop and the topics of its chain (itself included), all on that loop: only
        /// those can be published again below it, so only those change what its delivery does.
        struct DeliveryKey: Hashable {
            var topic: Int
            var chain: Set<Int>
        }

        /// What one message per second on `topic`, a topic of a loop, does through all its subscribers.
        mutating func deliveries(of topic: Int, chain: Set<Int>) -> Effect {
            let key = DeliveryKey(topic: topic, chain: chain)
            if let known = effects[key] { return known }
            var effect = Effect()
            for subscriber in topology.subscribers[topic] {
                spread(subscriber, of: topic, chain: chain, into: &effect)
            }
            effect = effect.merged()
            effects[key] = effect
            return effect
        }

        /// One message per second handled by `subscriber`: its calls, stores and the publishes below.
        private mutating func spread(
            _ subscriber: (service: Int, subscription: Int),
            of topic: Int,
            chain: Set<Int>,
            into effect: inout Effect
        ) {
            let root = subscriberGraph(subscriber.service)
            if let cycle = root.cycle {
                if effect.notes.cycle == nil { effect.notes.cycle = cycle }
                return
            }
            let loop = flow.component(ofTopic: topic)
            let requests = root.requests(enteringAt: 1)
            for (at, service) in root.services.enumerated() {
                let handled = requests[at]
                effect.loads.append((service, handled))
                for store in topology.uses[service] { effect.loads.append((store, handled)) }
                // The subscriber handles a message: only its subscription's publishes fire, below.
                guard at > 0 else { continue }
                for published in topology.publishes[service] {
                    publish(published, rate: handled, by: service, chain: chain, loop: loop, into: &effect)
                }
            }
            for published in topology.subscriptionPublishes[subscriber.service][subscriber.subscription] {
                publish(published, rate: 1, by: subscriber.service, chain: chain, loop: loop, into: &effect)
            }
        }

        /// `chain` holds the topics on the message chain, all on `loop`, the flow component of the
        /// topic being delivered.
        private mutating func publish(
            _ topic: Int,
            rate: Double,
            by publisher: Int,
            chain: Set<Int>,
            loop: Int,
            into effect: inout Effect
        ) {
            if chain.contains(topic) {
                let note =
                    "`\(topology.table.components[publisher].name)` publishing `\(topology.topicNames[topic])` again on its message chain is dropped"
                if !effect.notes.dropped.contains(note) { effect.notes.dropped.append(note) }
                return
            }
            if let broker = topology.brokerOfTopic[topic] { effect.loads.append((broker, rate)) }
            if flow.component(ofTopic: topic) == loop {
                effect.add(deliveries(of: topic, chain: chain.union([topic])), scale: rate)
            } else {
                // Outside the loop no topic of the chain can come back: delivered later, once per topic.
                effect.published.append((topic, rate))
                effect.notes.absorb(notes[topic])
            }
        }

        private mutating func subscriberGraph(_ service: Int) -> CallGraph.WorkflowGraph {
            if let known = subscriberGraphs[service] { return known }
            let reached = graph.reachable(from: service)
            subscriberGraphs[service] = reached
            return reached
        }
    }
}
