public import ArchitectureModel

/// Something the importer could not know or had to leave out, said plainly.
public struct ImportNote: Sendable, Hashable, Codable, CustomStringConvertible {
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
