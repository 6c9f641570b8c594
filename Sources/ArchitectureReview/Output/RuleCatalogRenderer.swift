import ArchitectureModel
import ArchitectureOutput

/// `architect rules`: the catalog as an aligned table, or JSON (rules.md, "Output").
public enum RuleCatalogRenderer {
    /// Each rule's id, severity, category, summary and parameters (name, default, description).
    public static func json(_ rules: [RuleInfo]) -> String {
        JSONWriter.text { json in
            json.array { json in
                for rule in rules {
                    json.object { json in
                        json.field("id", rule.id)
                        json.field("severity", rule.severity.rawValue)
                        json.field("category", rule.category.rawValue)
                        json.field("summary", rule.summary)
                        json.key("parameters")
                        json.array { json in
                            for parameter in rule.parameters {
                                json.object { json in
                                    json.field("name", parameter.name)
                                    json.field("default", parameter.defaultValue)
                                    json.field("description", parameter.description)
                                }
                            }
                        }
                    }
                }
            }
        }
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
