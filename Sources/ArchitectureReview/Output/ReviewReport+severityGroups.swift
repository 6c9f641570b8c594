import ArchitectureModel

extension ReviewReport {
    /// Each severity with the positions of its findings in `findings`, errors first and in report order;
    /// severities without findings are left out. One pass that copies no finding: a finding is large,
    /// and the text renderers go through 100,000s of them.
    var severityGroups: [(severity: Severity, positions: [Int])] {
        var positions = [[Int]](repeating: [], count: Severity.allCases.count)
        for (position, finding) in findings.enumerated() { positions[finding.severity.rank].append(position) }
        return Severity.allCases.compactMap { severity in
            positions[severity.rank].isEmpty ? nil : (severity, positions[severity.rank])
        }
    }
}
