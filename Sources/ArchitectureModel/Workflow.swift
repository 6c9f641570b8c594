/// One kind of external request, a user journey: `workflows.NAME`.
public struct Workflow: Sendable, Hashable, Codable {
    public var name: String
    public var label: String?
    public var description: String?
    /// The service that receives the external request.
    public var entry: String
    /// Its part of the system's `peak_rps`, as a fraction; the loader fills in the equal split
    /// of what declared shares leave for a workflow that declares none.
    public var share: Double
    /// Whether the model declared `share` (false = the equal split above).
    public var shareDeclared: Bool
    /// Availability target, the workflow's own or the system's.
    public var availability: Double?
    /// p99 latency target, the workflow's own or the system's.
    public var latencyP99: TimeSpan?
    /// The calls it makes, each a declared call; nil = every call reachable from the entry.
    public var steps: [Step]?
    public var saga: Saga?
    public var location: SourceLocation?

    public init(
        name: String,
        label: String? = nil,
        description: String? = nil,
        entry: String,
        share: Double,
        shareDeclared: Bool = true,
        availability: Double? = nil,
        latencyP99: TimeSpan? = nil,
        steps: [Step]? = nil,
        saga: Saga? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.entry = entry
        self.share = share
        self.shareDeclared = shareDeclared
        self.availability = availability
        self.latencyP99 = latencyP99
        self.steps = steps
        self.saga = saga
        self.location = location
    }
}

/// `caller -> callee`: selects every declared call from caller to callee.
public struct Step: Sendable, Hashable, Codable, CustomStringConvertible {
    public var caller: String
    public var callee: String
    public var location: SourceLocation?

    public init(caller: String, callee: String, location: SourceLocation? = nil) {
        self.caller = caller
        self.callee = callee
        self.location = location
    }

    public var description: String { "\(caller) -> \(callee)" }
}

/// A distributed transaction over several services.
public struct Saga: Sendable, Hashable, Codable {
    public enum Coordination: String, Sendable, Hashable, Codable, CaseIterable {
        case orchestrated, choreographed
    }

    public var coordination: Coordination
    public var orchestrator: String?
    public var steps: [SagaStep]

    public init(coordination: Coordination, orchestrator: String? = nil, steps: [SagaStep]) {
        self.coordination = coordination
        self.orchestrator = orchestrator
        self.steps = steps
    }

    /// The step after which the saga can only go forward: the one marked `pivot`, else the last.
    public var pivotIndex: Int? {
        steps.firstIndex { $0.pivot } ?? (steps.isEmpty ? nil : steps.count - 1)
    }
}

public struct SagaStep: Sendable, Hashable, Codable {
    public var name: String
    public var service: String
    public var compensation: String?
    public var pivot: Bool
    public var retriable: Bool
    public var location: SourceLocation?

    public init(
        name: String,
        service: String,
        compensation: String? = nil,
        pivot: Bool = false,
        retriable: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.service = service
        self.compensation = compensation
        self.pivot = pivot
        self.retriable = retriable
        self.location = location
    }
}
