public import ArchitectureModel

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
