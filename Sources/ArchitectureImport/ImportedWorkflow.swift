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
