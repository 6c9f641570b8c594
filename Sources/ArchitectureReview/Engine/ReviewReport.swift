public import ArchitectureModel

/// The outcome of one review: every finding, waived ones included, in report order.
public struct ReviewReport: Sendable, Hashable {
    public struct Summary: Sendable, Hashable, Codable {
        public var error: Int
        public var warning: Int
        public var info: Int
        public var waived: Int

        public init(error: Int, warning: Int, info: Int, waived: Int) {
            self.error = error
            self.warning = warning
            self.info = info
            self.waived = waived
        }
    }

    /// The system's name.
    public var system: String
    public var findings: [Finding]

    public init(system: String, findings: [Finding]) {
        self.system = system
        // Severity (errors first), then rule, then target. Sorting positions by precomputed keys moves
        // no finding until the end: a finding is large. Rules compare by their rank in name order.
        let ruleRanks = Dictionary(
            uniqueKeysWithValues: Set(findings.map(\.rule)).sorted().enumerated().map { ($1, $0) }
        )
        let keys = findings.map { ($0.severity.rank, ruleRanks[$0.rule] ?? 0, $0.target) }
        self.findings = findings.indices.sorted { keys[$0] < keys[$1] }.map { findings[$0] }
    }

    /// Unwaived findings per severity; waived ones apart.
    public var summary: Summary {
        var summary = Summary(error: 0, warning: 0, info: 0, waived: 0)
        for finding in findings {
            if finding.isWaived {
                summary.waived += 1
                continue
            }
            switch finding.severity {
            case .error: summary.error += 1
            case .warning: summary.warning += 1
            case .info: summary.info += 1
            }
        }
        return summary
    }

    /// Whether an unwaived finding at or above `threshold` exists (`--fail-on`); nil never fails.
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { !$0.isWaived && $0.severity >= threshold }
    }
}
