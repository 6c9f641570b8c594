import ArchitectureAnalysis
import ArchitectureModel

/// The model as diagrams see it: labels instead of slugs, identifiers every diagram language accepts,
/// bounded contexts, and the services a focus keeps.
struct DiagramSubject: Sendable {
    let graph: ModelGraph
    /// Services kept by the focus; nil = all.
    let kept: Set<String>?

    init(_ graph: ModelGraph, options: DiagramOptions) throws(DiagramError) {
        let model = graph.model
        self.graph = graph
        if let focus = options.focus {
            guard options.depth >= 0 else { throw .negativeDepth(options.depth) }
            guard graph.index.services[focus] != nil else {
                throw .unknownService(
                    focus,
                    suggestion: Suggestion.closest(to: focus, among: model.services.map(\.name))
                )
            }
            kept = Self.neighbourhood(of: focus, depth: options.depth, in: graph)
        } else {
            kept = nil
        }
    }

    var model: SystemModel { graph.model }
    var index: ModelIndex { graph.index }
    /// Every publication: on requests, and on handling a subscribed message.
    var publications: [ModelGraph.Publication] { graph.publications }

    func keeps(_ service: String) -> Bool { kept?.contains(service) ?? true }

    /// Services within `depth` hops of `focus`, following calls and topic deliveries both ways.
    static func neighbourhood(of focus: String, depth: Int, in graph: ModelGraph) -> Set<String> {
        var neighbours: [String: Set<String>] = [:]
        func link(_ a: String, _ b: String) {
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        for service in graph.model.services {
            for call in service.calls { link(service.name, call.to) }
        }
        for publication in graph.publications {
            for subscriber in graph.subscribers[publication.topic] ?? [] { link(publication.service, subscriber) }
        }
        var reached: Set<String> = [focus]
        var frontier: Set<String> = [focus]
        for _ in 0..<depth where !frontier.isEmpty {
            frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(reached)
            reached.formUnion(frontier)
        }
        return reached
    }

    func subscribers(of topic: String) -> [String] { graph.subscribers[topic] ?? [] }

    // MARK: Elements

    func service(_ name: String) -> Service? { graph.service(name) }

    func topic(_ name: String) -> Topic? { graph.topic(name) }

    func broker(_ name: String) -> Broker? { graph.broker(name) }

    func datastore(_ name: String) -> Datastore? { graph.datastore(name) }

    func label(ofService name: String) -> String { service(name)?.label ?? name }

    /// The bounded context of a service: its `context`, else the service alone (see docs/diagrams.md).
    func context(of service: Service) -> String { service.context ?? service.name }

    /// A datastore sits in its owner's context, else in the context of its first user.
    func context(of datastore: Datastore) -> String? {
        let owner = datastore.owner.flatMap(service) ?? model.services.first { $0.uses.contains(datastore.name) }
        return owner.flatMap { $0.context }
    }

    /// The services that read or write a datastore.
    func users(of datastore: Datastore) -> [String] {
        model.services.filter { $0.uses.contains(datastore.name) }.map(\.name)
    }

    // MARK: Identifiers

    /// An identifier every format accepts: a kind prefix (so no name is a keyword such as `end`)
    /// and the name with anything but letters, digits and `_` replaced by `_`.
    static func identifier(_ prefix: String, _ name: String) -> String {
        let body = name.unicodeScalars.map { scalar -> String in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? String(scalar) : "_"
        }
        return prefix + "_" + body.joined()
    }

    static func serviceID(_ name: String) -> String { identifier("svc", name) }
    static func datastoreID(_ name: String) -> String { identifier("db", name) }
    static func brokerID(_ name: String) -> String { identifier("broker", name) }
    static func topicID(_ name: String) -> String { identifier("topic", name) }
    static func zoneID(_ name: String) -> String { identifier("zone", name) }

    /// Context names are free text, so two may share an identifier; the position keeps them apart.
    func contextIDs() -> [String: String] {
        var ids: [String: String] = [:]
        for (position, name) in contexts().enumerated() {
            ids[name] = Self.identifier("ctx\(position)", name)
        }
        return ids
    }

    /// Bounded contexts of the services, in order of first appearance.
    func contexts() -> [String] {
        var seen: Set<String> = []
        return model.services.filter { $0.kind != .external }.map(context(of:)).filter { seen.insert($0).inserted }
    }

    static func protocolName(_ callProtocol: Call.CallProtocol) -> String {
        switch callProtocol {
        case .http: "HTTP"
        case .grpc: "gRPC"
        case .graphql: "GraphQL"
        }
    }
}
