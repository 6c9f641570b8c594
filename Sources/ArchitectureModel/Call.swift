/// A synchronous dependency: `services.NAME.calls[i]`.
public struct Call: Sendable, Hashable, Codable {
    public enum CallProtocol: String, Sendable, Hashable, Codable, CaseIterable {
        case http, grpc, graphql
    }

    public enum Fallback: String, Sendable, Hashable, Codable, CaseIterable {
        case none, cached, `default`, degrade
    }

    /// The callee, a service.
    public var to: String
    public var callProtocol: CallProtocol
    /// Calls made per request the caller handles; may be fractional.
    public var perRequest: Double
    /// Per attempt; nil = no timeout.
    public var timeout: TimeSpan?
    public var retries: Retries
    /// nil = no circuit breaker.
    public var circuitBreaker: CircuitBreaker?
    public var fallback: Fallback
    public var idempotent: Bool
    /// Calls with the same label are made concurrently.
    public var parallel: String?
    public var location: SourceLocation?

    public init(
        to: String,
        callProtocol: CallProtocol = .http,
        perRequest: Double = 1,
        timeout: TimeSpan? = nil,
        retries: Retries = Retries(),
        circuitBreaker: CircuitBreaker? = nil,
        fallback: Fallback = .none,
        idempotent: Bool = false,
        parallel: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.to = to
        self.callProtocol = callProtocol
        self.perRequest = perRequest
        self.timeout = timeout
        self.retries = retries
        self.circuitBreaker = circuitBreaker
        self.fallback = fallback
        self.idempotent = idempotent
        self.parallel = parallel
        self.location = location
    }

    /// A hard call fails its caller when it fails; a call with a fallback is soft.
    public var isHard: Bool { fallback == .none }
}

/// Extra attempts after the first, and how they are spaced.
public struct Retries: Sendable, Hashable, Codable {
    public enum Backoff: String, Sendable, Hashable, Codable, CaseIterable {
        case none, constant, exponential
    }

    public var max: Int
    public var backoff: Backoff
    public var base: TimeSpan
    public var jitter: Bool
    /// Retries allowed as a fraction of first attempts; nil = no budget.
    public var budget: Double?

    public init(
        max: Int = 0,
        backoff: Backoff = .none,
        base: TimeSpan = .milliseconds(100),
        jitter: Bool = false,
        budget: Double? = nil
    ) {
        self.max = max
        self.backoff = backoff
        self.base = base
        self.jitter = jitter
        self.budget = budget
    }

    /// Attempts at most: the first one plus the retries.
    public var attempts: Int { 1 + max }
}

public struct CircuitBreaker: Sendable, Hashable, Codable {
    public var failureRate: Double
    public var minCalls: Int
    public var openFor: TimeSpan

    public init(failureRate: Double = 0.5, minCalls: Int = 20, openFor: TimeSpan = TimeSpan(seconds: 30)) {
        self.failureRate = failureRate
        self.minCalls = minCalls
        self.openFor = openFor
    }
}
