import ArchitectureAnalysis
import ArchitectureModel

/// Builds the graph of each box-and-arrow view from the model, honouring the focus.
struct GraphBuilder: Sendable {
    typealias Node = DiagramGraph.Node
    typealias Edge = DiagramGraph.Edge

    let subject: DiagramSubject
    var model: SystemModel { subject.model }
    static let systemID = "system"

    func graph(for view: DiagramView) -> DiagramGraph {
        var graph: DiagramGraph
        switch view {
        case .context: graph = context()
        case .container: graph = container()
        case .deployment: graph = deployment()
        case .dataflow: graph = dataflow()
        case .contextMap: graph = contextMap()
        case .sequence: preconditionFailure("sequence diagrams are built by SequenceBuilder")
        }
        graph.pruneEmptyGroups()
        if graph.nodes.isEmpty {
            graph.nodes.append(Node(id: "nothing", label: "Nothing to show: \(emptyReason(view))", kind: .container))
        }
        return graph
    }

    private func emptyReason(_ view: DiagramView) -> String {
        switch view {
        case .dataflow: "no topic is published or consumed here"
        default: "no component is within the focus"
        }
    }

    /// Services in the model's order that the focus keeps, external ones included.
    private var services: [Service] { model.services.filter { subject.keeps($0.name) } }

    private var internalServices: [Service] { services.filter { $0.kind != .external } }

    private var externalServices: [Service] { services.filter { $0.kind == .external } }

    // MARK: C4 system context

    private func context() -> DiagramGraph {
        var graph = DiagramGraph(title: "\(model.system.name): system context")
        let system = model.system.description.map { "\(model.system.name): \($0)" } ?? model.system.name
        graph.nodes += people().map(\.node)
        graph.nodes.append(Node(id: Self.systemID, label: system, kind: .system, technology: "software system"))
        graph.edges += people().map { Edge(from: $0.node.id, to: Self.systemID, label: $0.uses, style: .sync) }
        for external in externalServices {
            graph.nodes.append(externalNode(external))
            let calls = internalServices.flatMap(\.calls).filter { $0.to == external.name }
            guard !calls.isEmpty else { continue }
            graph.edges.append(
                Edge(
                    from: Self.systemID,
                    to: DiagramSubject.serviceID(external.name),
                    label: "calls",
                    technology: protocols(calls),
                    style: .sync
                )
            )
        }
        return graph
    }

    /// One person per exposed service: its clients, using the workflows that enter there.
    private func people() -> [(node: Node, entry: String, uses: String)] {
        internalServices.filter(\.exposed).map { service in
            let workflows = model.workflows.filter { $0.entry == service.name }.map { $0.label ?? $0.name }
            let node = Node(
                id: DiagramSubject.identifier("user", service.name),
                label: "Clients of \(service.label ?? service.name)",
                kind: .person
            )
            return (node, service.name, workflows.isEmpty ? "uses" : workflows.joined(separator: ", "))
        }
    }

    private func externalNode(_ service: Service) -> Node {
        Node(
            id: DiagramSubject.serviceID(service.name),
            label: service.label ?? service.name,
            kind: .externalSystem,
            technology: "external system"
        )
    }

    // MARK: C4 container

    private func container() -> DiagramGraph {
        var graph = DiagramGraph(title: "\(model.system.name): containers")
        graph.groups.append(.init(id: Self.systemID, label: model.system.name, kind: .system, parent: nil))
        let contextIDs = subject.contextIDs()
        for name in subject.contexts() where model.services.contains(where: { $0.context == name }) {
            graph.groups.append(
                .init(
                    id: contextIDs[name] ?? name,
                    label: "\(name) context",
                    kind: .boundary,
                    parent: Self.systemID
                )
            )
        }
        func group(_ context: String?) -> String { context.flatMap { contextIDs[$0] } ?? Self.systemID }

        for person in people() {
            graph.nodes.append(person.node)
            graph.edges.append(
                Edge(from: person.node.id, to: DiagramSubject.serviceID(person.entry), label: person.uses, style: .sync)
            )
        }
        for service in internalServices {
            graph.nodes.append(
                Node(
                    id: DiagramSubject.serviceID(service.name),
                    label: service.label ?? service.name,
                    kind: .container,
                    technology: service.kind.rawValue,
                    group: group(service.context)
                )
            )
        }
        for store in datastores {
            graph.nodes.append(
                Node(
                    id: DiagramSubject.datastoreID(store.name),
                    label: store.label ?? store.name,
                    kind: .database,
                    technology: store.kind.rawValue,
                    group: group(subject.context(of: store))
                )
            )
        }
        for broker in brokers {
            graph.nodes.append(
                Node(
                    id: DiagramSubject.brokerID(broker.name),
                    label: broker.label ?? broker.name,
                    kind: .queue,
                    technology: broker.kind.rawValue,
                    group: Self.systemID
                )
            )
        }
        graph.nodes += externalServices.map(externalNode)
        graph.edges += callEdges()
        for service in internalServices {
            for name in service.uses {
                guard let store = subject.datastore(name) else { continue }
                graph.edges.append(
                    Edge(
                        from: DiagramSubject.serviceID(service.name),
                        to: DiagramSubject.datastoreID(name),
                        label: store.role == .cache ? "caches in" : "reads and writes",
                        technology: store.kind.rawValue,
                        style: .sync
                    )
                )
            }
        }
        graph.edges += brokerEdges()
        return graph
    }

    private var datastores: [Datastore] {
        model.datastores.filter { store in
            subject.users(of: store).contains(where: subject.keeps) || store.owner.map(subject.keeps) == true
        }
    }

    private var brokers: [Broker] {
        let used = Set(topicsInUse.compactMap { subject.topic($0)?.broker })
        return model.brokers.filter { used.contains($0.name) }
    }

    /// Topics a kept service publishes or consumes, in the model's order.
    private var topicsInUse: [String] {
        let published = subject.publications.filter { subject.keeps($0.service) }.map(\.topic)
        let consumed = services.flatMap(\.subscribes).map(\.topic)
        let used = Set(published + consumed)
        return model.topics.map(\.name).filter(used.contains)
    }

    /// One edge per caller and callee, however many calls the caller declares to it.
    private func callEdges() -> [Edge] {
        var edges: [Edge] = []
        for service in services {
            var callees: [String] = []
            for call in service.calls where subject.keeps(call.to) && !callees.contains(call.to) {
                callees.append(call.to)
            }
            for callee in callees {
                let calls = service.calls.filter { $0.to == callee }
                edges.append(
                    Edge(
                        from: DiagramSubject.serviceID(service.name),
                        to: DiagramSubject.serviceID(callee),
                        label: calls.allSatisfy(\.isHard) ? "calls" : "calls, with fallback",
                        technology: protocols(calls),
                        style: .sync
                    )
                )
            }
        }
        return edges
    }

    /// Publisher to broker and broker to subscriber, naming the topics on each edge.
    private func brokerEdges() -> [Edge] {
        var edges: [Edge] = []
        for broker in brokers {
            let topics = model.topics.filter { $0.broker == broker.name }.map(\.name)
            let brokerID = DiagramSubject.brokerID(broker.name)
            for service in services {
                let published = subject.publications.filter { $0.service == service.name && topics.contains($0.topic) }
                let names = unique(published.map { topicLabel($0.topic) })
                if !names.isEmpty {
                    edges.append(
                        Edge(
                            from: DiagramSubject.serviceID(service.name),
                            to: brokerID,
                            label: "publishes \(names.joined(separator: ", "))",
                            technology: broker.kind.rawValue,
                            style: .async
                        )
                    )
                }
                let consumed = unique(service.subscribes.map(\.topic).filter(topics.contains).map(topicLabel))
                if !consumed.isEmpty {
                    edges.append(
                        Edge(
                            from: brokerID,
                            to: DiagramSubject.serviceID(service.name),
                            label: "delivers \(consumed.joined(separator: ", "))",
                            technology: broker.kind.rawValue,
                            style: .async
                        )
                    )
                }
            }
        }
        return edges
    }

    // MARK: Deployment

    private func deployment() -> DiagramGraph {
        var graph = DiagramGraph(title: "\(model.system.name): deployment")
        var zones = model.zones.names
        let placed:
            [(id: String, label: String, kind: DiagramGraph.NodeKind, technology: String, placement: Placement)] =
                internalServices.map {
                    (DiagramSubject.serviceID($0.name), $0.label ?? $0.name, .container, $0.kind.rawValue, $0.placement)
                }
                + datastores.map {
                    (
                        DiagramSubject.datastoreID($0.name), $0.label ?? $0.name, .database, $0.kind.rawValue,
                        $0.placement
                    )
                }
                + brokers.map {
                    (DiagramSubject.brokerID($0.name), $0.label ?? $0.name, .queue, $0.kind.rawValue, $0.placement)
                }
        for component in placed {
            for zone in component.placement.zones where !zones.contains(zone) { zones.append(zone) }
        }
        for zone in zones {
            let zoneID = DiagramSubject.zoneID(zone)
            graph.groups.append(.init(id: zoneID, label: "zone \(zone)", kind: .zone, parent: nil))
            for component in placed {
                let replicas = Self.replicas(of: component.placement, in: zone)
                guard replicas > 0 else { continue }
                graph.nodes.append(
                    Node(
                        id: "\(zoneID)__\(component.id)",
                        label: component.label,
                        kind: component.kind,
                        technology: "\(component.technology), \(replicas) \(replicas == 1 ? "replica" : "replicas")",
                        group: zoneID,
                        instance: .init(element: component.id, replicas: replicas)
                    )
                )
            }
        }
        graph.nodes += externalServices.map(externalNode)
        return graph
    }

    /// Replicas spread round-robin: replica i sits in `zones[i % zones.count]` (model.md).
    static func replicas(of placement: Placement, in zone: String) -> Int {
        guard !placement.zones.isEmpty else { return 0 }
        return (0..<placement.replicas).filter { placement.zones[$0 % placement.zones.count] == zone }.count
    }

    // MARK: Data flow

    private func dataflow() -> DiagramGraph {
        var graph = DiagramGraph(title: "\(model.system.name): data flow")
        let topics = topicsInUse.compactMap(subject.topic)
        for broker in brokers {
            graph.groups.append(
                .init(
                    id: DiagramSubject.brokerID(broker.name),
                    label: "\(broker.label ?? broker.name) (\(broker.kind.rawValue))",
                    kind: .boundary,
                    parent: nil
                )
            )
        }
        var involved: [String] = []
        for service in services {
            let publishes = subject.publications.contains { $0.service == service.name }
            if publishes || !service.subscribes.isEmpty { involved.append(service.name) }
        }
        for name in involved {
            guard let service = subject.service(name) else { continue }
            graph.nodes.append(
                Node(
                    id: DiagramSubject.serviceID(name),
                    label: service.label ?? name,
                    kind: service.kind == .external ? .externalSystem : .container,
                    technology: service.kind.rawValue
                )
            )
        }
        for topic in topics {
            graph.nodes.append(
                Node(
                    id: DiagramSubject.topicID(topic.name),
                    label: topic.label ?? topic.name,
                    kind: .queue,
                    technology: "topic, \(topic.delivery.rawValue)",
                    group: DiagramSubject.brokerID(topic.broker)
                )
            )
        }
        let shown = Set(topics.map(\.name))
        var seen: Set<[String]> = []
        for publication in subject.publications
        where subject.keeps(publication.service) && shown.contains(publication.topic) {
            let (publisher, topic) = (publication.service, publication.topic)
            guard seen.insert([publisher, topic]).inserted, let service = subject.service(publisher) else { continue }
            let onRequest = service.publishes.contains(topic)
            let label =
                onRequest
                ? (service.outbox ? "publishes through its outbox" : "publishes") : "publishes when handling a message"
            graph.edges.append(
                Edge(
                    from: DiagramSubject.serviceID(publisher),
                    to: DiagramSubject.topicID(topic),
                    label: label,
                    technology: subject.topic(topic).flatMap { subject.broker($0.broker) }?.kind.rawValue,
                    style: .async
                )
            )
        }
        for topic in topics {
            for subscriber in subject.subscribers(of: topic.name) where subject.keeps(subscriber) {
                graph.edges.append(
                    Edge(
                        from: DiagramSubject.topicID(topic.name),
                        to: DiagramSubject.serviceID(subscriber),
                        label: "consumed by",
                        technology: topic.delivery.rawValue,
                        style: .async
                    )
                )
            }
        }
        return graph
    }

    // MARK: Context map

    private func contextMap() -> DiagramGraph {
        var graph = DiagramGraph(title: "\(model.system.name): context map")
        let ids = subject.contextIDs()
        func contextID(_ service: Service) -> String {
            service.kind == .external ? DiagramSubject.serviceID(service.name) : ids[subject.context(of: service)] ?? ""
        }
        for name in subject.contexts() {
            let members = internalServices.filter { subject.context(of: $0) == name }
            guard !members.isEmpty else { continue }
            let label = members.count == 1 && members[0].context == nil ? members[0].label ?? name : name
            graph.nodes.append(
                Node(
                    id: ids[name] ?? name,
                    label: label,
                    kind: .context,
                    technology: members.map { $0.label ?? $0.name }.joined(separator: ", ")
                )
            )
        }
        graph.nodes += externalServices.map(externalNode)
        var calls: [[String]: [Call]] = [:]
        var callOrder: [[String]] = []
        for service in services {
            for call in service.calls {
                guard let callee = subject.service(call.to), subject.keeps(callee.name) else { continue }
                let pair = [contextID(service), contextID(callee)]
                guard pair[0] != pair[1] else { continue }
                if calls[pair] == nil { callOrder.append(pair) }
                calls[pair, default: []].append(call)
            }
        }
        for pair in callOrder {
            graph.edges.append(
                Edge(
                    from: pair[0],
                    to: pair[1],
                    label: "calls",
                    technology: protocols(calls[pair] ?? []),
                    style: .sync
                )
            )
        }
        var events: [[String]: [String]] = [:]
        var eventOrder: [[String]] = []
        for publication in subject.publications where subject.keeps(publication.service) {
            let (publisher, topic) = (publication.service, publication.topic)
            guard let from = subject.service(publisher) else { continue }
            for name in subject.subscribers(of: topic) where subject.keeps(name) {
                guard let to = subject.service(name) else { continue }
                let pair = [contextID(from), contextID(to)]
                guard pair[0] != pair[1] else { continue }
                if events[pair] == nil { eventOrder.append(pair) }
                if events[pair]?.contains(topicLabel(topic)) != true {
                    events[pair, default: []].append(topicLabel(topic))
                }
            }
        }
        for pair in eventOrder {
            graph.edges.append(
                Edge(
                    from: pair[0],
                    to: pair[1],
                    label: "events: " + (events[pair] ?? []).joined(separator: ", "),
                    style: .async
                )
            )
        }
        return graph
    }

    // MARK: Helpers

    private func topicLabel(_ name: String) -> String { subject.topic(name)?.label ?? name }

    private func protocols(_ calls: [Call]) -> String {
        unique(calls.map { DiagramSubject.protocolName($0.callProtocol) }).joined(separator: ", ")
    }

    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
