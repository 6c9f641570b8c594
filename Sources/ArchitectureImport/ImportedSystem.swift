public import ArchitectureModel

/// What importers read from deployment files and traces, before it becomes a model: components and
/// links, each with its evidence, plus what could not be known.
public struct ImportedSystem: Sendable, Hashable, Codable {
    public var components: [ImportedComponent]
    public var links: [ImportedLink]
    public var workflows: [ImportedWorkflow]
    /// `depends_on` and the like: start order, kept as evidence and never made a call.
    public var startOrder: [StartDependency]
    /// Timeouts, retries and circuit breaking a mesh applies to every call to a component.
    public var callPolicies: [String: CallPolicy] = [:]
    /// Unknowns, dangling references and skipped input, for the user to read.
    public var notes: [ImportNote]

    public init(
        components: [ImportedComponent] = [],
        links: [ImportedLink] = [],
        workflows: [ImportedWorkflow] = [],
        startOrder: [StartDependency] = [],
        notes: [ImportNote] = []
    ) {
        self.components = components
        self.links = links
        self.workflows = workflows
        self.startOrder = startOrder
        self.notes = notes
    }

    public func component(named name: String) -> ImportedComponent? {
        components.first { $0.name == name }
    }

    /// Adds a component, or merges it into the one of the same name: evidence is joined, the
    /// more confident role wins and the first replica count stays (a difference is noted).
    public mutating func add(_ component: ImportedComponent) {
        guard let index = components.firstIndex(where: { $0.name == component.name }) else {
            components.append(component)
            return
        }
        components[index].merge(component, notes: &notes)
    }

    /// Adds a link, or joins its evidence to the same link seen before, keeping the higher confidence.
    public mutating func add(_ link: ImportedLink) {
        guard link.from != link.to || link.kind.isMessaging else { return }
        if let index = links.firstIndex(where: { $0.from == link.from && $0.to == link.to && $0.kind == link.kind }) {
            links[index].confidence = max(links[index].confidence, link.confidence)
            links[index].evidence.append(contentsOf: link.evidence.filter { !links[index].evidence.contains($0) })
            if links[index].perRequest == nil { links[index].perRequest = link.perRequest }
            return
        }
        links.append(link)
    }

    public mutating func note(_ severity: ImportNote.Severity, _ message: String, evidence: [Evidence] = []) {
        let note = ImportNote(severity: severity, message: message, evidence: evidence)
        if !notes.contains(note) { notes.append(note) }
    }

    /// Several sources read into one system, in order.
    public mutating func merge(_ other: ImportedSystem) {
        for component in other.components { add(component) }
        for link in other.links { add(link) }
        for workflow in other.workflows where !workflows.contains(where: { $0.name == workflow.name }) {
            workflows.append(workflow)
        }
        callPolicies.merge(other.callPolicies) { mine, _ in mine }
        for dependency in other.startOrder where !startOrder.contains(dependency) { startOrder.append(dependency) }
        for note in other.notes where !notes.contains(note) { notes.append(note) }
    }

    /// Settles what only the whole picture shows: telemetry, and browser-side addresses.
    public mutating func settle() {
        settleTelemetry()
        settleBrowserAddresses()
    }

    /// A web frontend often carries the address of a service for the code it ships to browsers. When
    /// a proxy in front of the frontend also routes to that service, the browser reaches it through
    /// the proxy, and the frontend's address is not taken as a server-side call.
    mutating func settleBrowserAddresses() {
        let frontends = Set(components.filter { $0.role == .service(.frontend) }.map(\.name))
        let gateways = Set(components.filter { $0.role == .service(.gateway) }.map(\.name))
        let calls = links.filter { if case .call = $0.kind { true } else { false } }
        func routes(_ gateway: String, _ target: String) -> Bool {
            calls.contains { $0.from == gateway && $0.to == target }
        }
        links.removeAll { link in
            guard frontends.contains(link.from), case .call = link.kind,
                let proxy = gateways.sorted().first(where: { routes($0, link.from) && routes($0, link.to) })
            else { return false }
            let note = ImportNote(
                severity: .info,
                message:
                    "\(link.from) has the address of \(link.to), which \(proxy) in front of it also routes to: taken as the browser's address, not a server call; add the call if \(link.from)'s server makes it",
                evidence: link.evidence
            )
            if !notes.contains(note) { notes.append(note) }
            return true
        }
    }

    /// Moves observability plumbing out of the business graph: links from or to telemetry are
    /// dropped, and a store or broker that only telemetry components reach becomes telemetry too
    /// (the search cluster behind a log pipeline).
    mutating func settleTelemetry() {
        func isTelemetry(_ name: String) -> Bool { component(named: name)?.role == .telemetry }
        for index in components.indices {
            switch components[index].role {
            case .datastore, .broker: break
            default: continue
            }
            let name = components[index].name
            let referrers = links.filter { $0.to == name }.map(\.from) + startOrder.filter { $0.to == name }.map(\.from)
            if !referrers.isEmpty, referrers.allSatisfy(isTelemetry) {
                components[index].role = .telemetry
            }
        }
        let telemetry = components.filter { $0.role == .telemetry }.map(\.name)
        guard !telemetry.isEmpty else { return }
        let names = Set(telemetry)
        links.removeAll { names.contains($0.from) || names.contains($0.to) }
        note(
            .info,
            "observability plumbing left out of the model: \(telemetry.joined(separator: ", ")); its links are telemetry, not calls"
        )
    }
}

/// One component starts after another (`depends_on`): evidence of a relation, not of a call.
public struct StartDependency: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var evidence: Evidence

    public init(from: String, to: String, evidence: Evidence) {
        self.from = from
        self.to = to
        self.evidence = evidence
    }
}

/// A service, datastore, broker or topic found in the input.
public struct ImportedComponent: Sendable, Hashable, Codable {
    public enum Role: Sendable, Hashable, Codable {
        case service(Service.Kind)
        case datastore(Datastore.Kind)
        case broker(Broker.Kind)
        case topic(broker: String)
        /// Observability plumbing (collectors, tracing and metrics backends): kept out of the model.
        case telemetry
    }

    /// The model name, a slug.
    public var name: String
    /// The original spelling when it is not already a valid name.
    public var label: String?
    public var role: Role
    /// How sure the role is: from an image is high, from a port medium, from a name low.
    public var roleConfidence: Confidence
    public var image: String?
    public var replicas: Int?
    /// Zone names when the input pins them (node affinity on the zone label).
    public var zones: [String]?
    public var autoscale: Autoscale?
    public var health: Health?
    public var exposed: Bool
    public var stateful: Bool
    /// Mean and p99 self time, from traces.
    public var serviceTime: TimeSpan?
    public var serviceTimeP99: TimeSpan?
    /// Facts the model has no field for (PDB, topology spread), written as comments.
    public var remarks: [String]
    public var evidence: [Evidence]

    public init(
        name: String,
        label: String? = nil,
        role: Role,
        roleConfidence: Confidence = .high,
        image: String? = nil,
        replicas: Int? = nil,
        autoscale: Autoscale? = nil,
        health: Health? = nil,
        exposed: Bool = false,
        stateful: Bool = false,
        serviceTime: TimeSpan? = nil,
        serviceTimeP99: TimeSpan? = nil,
        remarks: [String] = [],
        evidence: [Evidence] = []
    ) {
        self.name = name
        self.label = label
        self.role = role
        self.roleConfidence = roleConfidence
        self.image = image
        self.replicas = replicas
        self.autoscale = autoscale
        self.health = health
        self.exposed = exposed
        self.stateful = stateful
        self.serviceTime = serviceTime
        self.serviceTimeP99 = serviceTimeP99
        self.remarks = remarks
        self.evidence = evidence
    }

    mutating func merge(_ other: ImportedComponent, notes: inout [ImportNote]) {
        if other.roleConfidence > roleConfidence {
            role = other.role
            roleConfidence = other.roleConfidence
        }
        label = label ?? other.label
        image = image ?? other.image
        if let theirs = other.replicas {
            if let mine = replicas, mine != theirs {
                let note = ImportNote(
                    severity: .warning,
                    message: "\(name): the sources disagree on replicas (\(mine) and \(theirs)); kept \(mine)",
                    evidence: Array(evidence.prefix(1)) + Array(other.evidence.prefix(1))
                )
                if !notes.contains(note) { notes.append(note) }
            }
            replicas = replicas ?? theirs
        }
        zones = zones ?? other.zones
        autoscale = autoscale ?? other.autoscale
        health = health ?? other.health
        exposed = exposed || other.exposed
        stateful = stateful || other.stateful
        serviceTime = serviceTime ?? other.serviceTime
        serviceTimeP99 = serviceTimeP99 ?? other.serviceTimeP99
        remarks.append(contentsOf: other.remarks.filter { !remarks.contains($0) })
        evidence.append(contentsOf: other.evidence.filter { !evidence.contains($0) })
    }

    public var isService: Bool {
        if case .service = role { return true }
        return false
    }
}

/// A directed relation between two components.
public struct ImportedLink: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        /// A synchronous call, or a datastore use when the target is a datastore.
        case call(Call.CallProtocol)
        /// `from` publishes to the topic `to`; `whileHandling` names the subscribed topic whose
        /// messages trigger the publish (the subscription's long form), nil for a request.
        case publishes(whileHandling: String?)
        /// `from` consumes the topic `to`.
        case subscribes

        var isMessaging: Bool {
            if case .call = self { return false }
            return true
        }
    }

    public var from: String
    public var to: String
    public var kind: Kind
    public var confidence: Confidence
    /// Calls per request of the caller, from traces.
    public var perRequest: Double?
    public var evidence: [Evidence]

    public init(
        from: String,
        to: String,
        kind: Kind,
        confidence: Confidence,
        perRequest: Double? = nil,
        evidence: [Evidence]
    ) {
        self.from = from
        self.to = to
        self.kind = kind
        self.confidence = confidence
        self.perRequest = perRequest
        self.evidence = evidence
    }
}

/// A kind of external request seen in traces: a root operation and its part of all traces.
public struct ImportedWorkflow: Sendable, Hashable, Codable {
    public var name: String
    public var label: String?
    public var entry: String
    public var share: Double
    public var evidence: [Evidence]

    public init(name: String, label: String? = nil, entry: String, share: Double, evidence: [Evidence]) {
        self.name = name
        self.label = label
        self.entry = entry
        self.share = share
        self.evidence = evidence
    }
}

/// Something the importer could not know or had to leave out, said plainly.
public struct ImportNote: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case info, warning
    }

    public var severity: Severity
    public var message: String
    public var evidence: [Evidence]

    public init(severity: Severity, message: String, evidence: [Evidence] = []) {
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }

    public var description: String {
        let at = evidence.first.map { " (\($0.source))" } ?? ""
        return "\(severity.rawValue): \(message)\(at)"
    }
}

/// What an Istio VirtualService or DestinationRule sets for calls to one component.
public struct CallPolicy: Sendable, Hashable, Codable {
    public var timeout: TimeSpan?
    public var retries: Int?
    public var circuitBreaker: CircuitBreaker?
    public var evidence: [Evidence]

    public init(
        timeout: TimeSpan? = nil,
        retries: Int? = nil,
        circuitBreaker: CircuitBreaker? = nil,
        evidence: [Evidence] = []
    ) {
        self.timeout = timeout
        self.retries = retries
        self.circuitBreaker = circuitBreaker
        self.evidence = evidence
    }
}
