import ArchitectureLoading
public import ArchitectureModel
import Foundation

/// Reads a review configuration (rules.md): `rules: {ID: {enabled: false, severity: error, PARAM: N}}`.
/// Every unknown rule id, parameter or value is a diagnostic with a "did you mean".
public enum ReviewConfigurationFile {
    public static func read(_ path: String) -> (configuration: ReviewConfiguration, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self)
        else {
            return (ReviewConfiguration(), [problem("cannot read the file as UTF-8 text", at: nil, file: path)])
        }
        return parse(text, file: path)
    }

    public static func parse(
        _ text: String,
        file: String
    ) -> (configuration: ReviewConfiguration, diagnostics: [Diagnostic]) {
        let (root, problem) = YAMLDocument.tree(text, file: file)
        if let problem { return (ReviewConfiguration(), [problem]) }
        guard let root else { return (ReviewConfiguration(), []) }
        var diagnostics: [Diagnostic] = []
        var configuration = ReviewConfiguration()
        guard let pairs = root.pairs else {
            return (
                configuration, [Self.problem("a review configuration is a mapping with `rules`", at: root, file: file)]
            )
        }
        for pair in pairs {
            guard pair.key == "rules" else {
                diagnostics.append(
                    Self.problem(
                        "unknown key `\(pair.key)`",
                        line: pair.keyLine,
                        column: pair.keyColumn,
                        file: file,
                        hint: Suggestion.hint(for: pair.key, among: ["rules"]) ?? "the only top-level key is `rules`"
                    )
                )
                continue
            }
            configuration.rules = readRules(pair.value, file: file, diagnostics: &diagnostics)
        }
        return (configuration, diagnostics)
    }

    private static func readRules(
        _ node: YAMLNode,
        file: String,
        diagnostics: inout [Diagnostic]
    ) -> [String: ReviewConfiguration.RuleOverride] {
        guard let pairs = node.pairs else {
            diagnostics.append(
                problem("`rules` maps rule ids to settings, not \(node.kindDescription)", at: node, file: file)
            )
            return [:]
        }
        let catalog = Dictionary(uniqueKeysWithValues: RuleCatalog.entries.map { ($0.id, $0) })
        var rules: [String: ReviewConfiguration.RuleOverride] = [:]
        for pair in pairs {
            guard let rule = catalog[pair.key] else {
                diagnostics.append(
                    problem(
                        "unknown rule `\(pair.key)`",
                        line: pair.keyLine,
                        column: pair.keyColumn,
                        file: file,
                        hint: Suggestion.hint(for: pair.key, among: catalog.keys) ?? "`architect rules` lists them"
                    )
                )
                continue
            }
            rules[rule.id] = readOverride(pair.value, rule: rule, file: file, diagnostics: &diagnostics)
        }
        return rules
    }

    private static func readOverride(
        _ node: YAMLNode,
        rule: RuleInfo,
        file: String,
        diagnostics: inout [Diagnostic]
    ) -> ReviewConfiguration.RuleOverride {
        var override = ReviewConfiguration.RuleOverride()
        guard let pairs = node.pairs else {
            diagnostics.append(
                problem("settings of \(rule.id) are a mapping, not \(node.kindDescription)", at: node, file: file)
            )
            return override
        }
        let parameters = rule.parameters.map(\.name)
        for pair in pairs {
            let value = pair.value.scalar.flatMap { $0.isPlain ? $0.text : nil }
            switch pair.key {
            case "enabled":
                guard let value, value == "true" || value == "false" else {
                    diagnostics.append(problem("`enabled` is true or false", at: pair.value, file: file))
                    continue
                }
                override.enabled = value == "true"
            case "severity":
                guard let text = pair.value.scalar?.text, let severity = Severity(rawValue: text) else {
                    diagnostics.append(
                        problem(
                            "`severity` is error, warning or info",
                            at: pair.value,
                            file: file,
                            hint: pair.value.scalar.flatMap {
                                Suggestion.hint(for: $0.text, among: Severity.allCases.map(\.rawValue))
                            }
                        )
                    )
                    continue
                }
                override.severity = severity
            case let name where parameters.contains(name):
                guard let value, let number = Double(value), number.isFinite, number >= 0 else {
                    diagnostics.append(problem("`\(name)` is a number >= 0", at: pair.value, file: file))
                    continue
                }
                override.parameters[name] = number
            default:
                let known = ["enabled", "severity"] + parameters
                let listed =
                    parameters.isEmpty
                    ? "it has no parameters" : "its parameters: \(parameters.joined(separator: ", "))"
                diagnostics.append(
                    problem(
                        "rule \(rule.id) has no setting `\(pair.key)`",
                        line: pair.keyLine,
                        column: pair.keyColumn,
                        file: file,
                        hint: Suggestion.hint(for: pair.key, among: known) ?? listed
                    )
                )
            }
        }
        return override
    }

    private static func problem(_ message: String, at node: YAMLNode?, file: String, hint: String? = nil) -> Diagnostic
    {
        problem(message, line: node?.line ?? 1, column: node?.column ?? 1, file: file, hint: hint)
    }

    private static func problem(
        _ message: String,
        line: Int,
        column: Int,
        file: String,
        hint: String? = nil
    )
        -> Diagnostic
    {
        Diagnostic(
            severity: .error,
            path: "",
            message: message,
            hint: hint,
            location: SourceLocation(file: file, line: line, column: column)
        )
    }
}
