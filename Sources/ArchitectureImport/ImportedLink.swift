public import ArchitectureModel

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
