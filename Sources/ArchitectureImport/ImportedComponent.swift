public import ArchitectureModel

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
