import ArchitectureModel
import ArchitectureOutput

/// One rule's full documentation, as `architect rules ID` and SARIF's `help` show it.
public enum RuleDocumentation {
    public static func text(_ rule: RuleInfo) -> String {
        var lines = [
            "\(rule.id) (\(rule.severity.rawValue), \(rule.category.rawValue))",
            "",
            rule.summary,
            "",
            rule.rationale,
        ]
        if !rule.parameters.isEmpty {
            lines += ["", "Parameters:"]
            lines += rule.parameters.map { "  \($0.name) = \(NumberText.decimal($0.defaultValue)): \($0.description)" }
        }
        lines += [
            "", "Configure: rules: {\(rule.id): {severity: \(rule.severity.rawValue)\(exampleParameters(rule))}}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ rule: RuleInfo) -> String {
        var lines = [
            "**\(rule.id)** (\(rule.severity.rawValue), \(rule.category.rawValue))",
            "",
            rule.summary,
            "",
            rule.rationale,
        ]
        if !rule.parameters.isEmpty {
            lines += ["", "| parameter | default | meaning |", "| --- | --- | --- |"]
            lines += rule.parameters.map {
                "| `\($0.name)` | \(NumberText.decimal($0.defaultValue)) | \($0.description) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func exampleParameters(_ rule: RuleInfo) -> String {
        rule.parameters.map { ", \($0.name): \(NumberText.decimal($0.defaultValue))" }.joined()
    }
}
