/// How much a diagnostic, a finding or an import note matters: one scale for every output.
/// `--fail-on` compares against it.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error, warning, info

    /// Errors first: the order findings are printed in.
    public var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Greater means more severe: `.info < .warning < .error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank > rhs.rank }
}
