import ArchitectureModel

/// `architect rules`: the catalog as an aligned table, or JSON (rules.md, "Output").
public enum RuleCatalogRenderer {
    private struct Entry: Encodable {
        var id: String
        var severity: Severity
        var category: RuleCategory
        var summary: String
        var parameters: [RuleParameter]
    }

    public static func json(_ rules: [RuleInfo]) -> String {
        JSONText.encode(
            rules.map {
                Entry(
                    id: $0.id,
                    severity: $0.severity,
                    category: $0.category,
                    summary: $0.summary,
                    parameters: $0.parameters
                )
            }
        )
    }

    /// Grouped by category, one line per rule: id, severity, summary.
    public static func text(_ rules: [RuleInfo]) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        var output = ""
        for category in RuleCategory.allCases {
            let group = rules.filter { $0.category == category }
            guard !group.isEmpty else { continue }
            output += "\(category.rawValue)\n"
            for rule in group {
                let padding = String(repeating: " ", count: width - rule.id.count)
                let severity = rule.severity.rawValue.padding(toLength: 8)
                output += "  \(rule.id)\(padding)  \(severity) \(rule.summary)\n"
            }
            output += "\n"
        }
        output += "\(rules.count) rules; `architect rules ID` shows one in full\n"
        return output
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
