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
