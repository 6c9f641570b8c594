/// A deployable unit that handles requests: `services.NAME` in the model.
public struct Service: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case service, gateway, frontend, worker, proxy, batch, external
    }

    public enum Auth: String, Sendable, Hashable, Codable, CaseIterable {
        case none, mtls, jwt, oauth2, apikey
    }

    public var name: String
    public var label: String?
    public var kind: Kind
    public var description: String?
    /// Bounded context.
    public var context: String?
    public var team: String?
    public var placement: Placement
    public var serving: Serving
    public var stateful: Bool
    /// nil = no health checks.
    public var health: Health?
    public var autoscale: Autoscale?
    /// Inbound caller authentication; nil when the model says nothing.
    public var auth: Auth?
    /// Reachable from outside the system (defaults to true for gateways and frontends).
    public var exposed: Bool
    /// Inbound requests per second the service admits; nil = no limit.
    public var rateLimit: Double?
    public var tracing: Bool
    public var metrics: Bool
    /// Datastores it reads or writes, one operation each per request it handles.
    public var uses: [String]
    /// Topics it publishes to once per synchronous request it handles.
    public var publishes: [String]
    public var subscribes: [Subscription]
    /// Writes and publishes through a transactional outbox, so requests do not depend on the broker.
    public var outbox: Bool
    public var endpoints: [Endpoint]
    /// Synchronous dependencies, in the order they are made.
    public var calls: [Call]
    public var location: SourceLocation?

    public init(
        name: String,
        label: String? = nil,
        kind: Kind = .service,
        description: String? = nil,
        context: String? = nil,
        team: String? = nil,
        placement: Placement,
        serving: Serving = Serving(),
        stateful: Bool = false,
        health: Health? = nil,
        autoscale: Autoscale? = nil,
        auth: Auth? = nil,
        exposed: Bool? = nil,
        rateLimit: Double? = nil,
        tracing: Bool = false,
        metrics: Bool = false,
        uses: [String] = [],
        publishes: [String] = [],
        subscribes: [Subscription] = [],
        outbox: Bool = false,
        endpoints: [Endpoint] = [],
        calls: [Call] = [],
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.label = label
        self.kind = kind
        self.description = description
        self.context = context
        self.team = team
        self.placement = placement
        self.serving = serving
        self.stateful = stateful
        self.health = health
        self.autoscale = autoscale
        self.auth = auth
        self.exposed = exposed ?? (kind == .gateway || kind == .frontend)
        self.rateLimit = rateLimit
        self.tracing = tracing
        self.metrics = metrics
        self.uses = uses
        self.publishes = publishes
        self.subscribes = subscribes
        self.outbox = outbox
        self.endpoints = endpoints
        self.calls = calls
        self.location = location
    }
}

/// Health-check paths; a service with neither has no health checks.
public struct Health: Sendable, Hashable, Codable {
    public var liveness: String?
    public var readiness: String?

    public init(liveness: String? = nil, readiness: String? = nil) {
        self.liveness = liveness
        self.readiness = readiness
    }
}

public struct Autoscale: Sendable, Hashable, Codable {
    public var min: Int
    public var max: Int
    /// Utilization the autoscaler aims for, as a fraction (capacity planning uses it too).
    public var targetUtilization: Double

    public init(min: Int = 1, max: Int, targetUtilization: Double = 0.7) {
        self.min = min
        self.max = max
        self.targetUtilization = targetUtilization
    }
}

/// A topic a service consumes, and what handling one of its messages publishes.
public struct Subscription: Sendable, Hashable, Codable {
    public var topic: String
    public var publishes: [String]
    public var location: SourceLocation?

    public init(topic: String, publishes: [String] = [], location: SourceLocation? = nil) {
        self.topic = topic
        self.publishes = publishes
        self.location = location
    }
}

public struct Endpoint: Sendable, Hashable, Codable {
    public var method: String
    public var path: String

    public init(method: String, path: String) {
        self.method = method
        self.path = path
    }
}
