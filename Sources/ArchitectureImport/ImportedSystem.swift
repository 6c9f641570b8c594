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

    public mutating func note(_ severity: Severity, _ message: String, evidence: [Evidence] = []) {
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
