import ArchitectureModel
import ArchitectureReview
import MCP

/// The review configuration a tool runs with, as `architect review --config` and `--rule` take it:
/// `config` (a configuration's YAML text) or `config_path` (a file under the root), and `rules`.
enum ReviewConfigurationArgument {
    static let schemaProperties: [String: Value] = [
        "config": Schema.string(
            "A review configuration's YAML text (rules: {ID: {enabled, severity, PARAMETER: N}}), as `--config` reads."
        ),
        "config_path": Schema.string(
            "A review configuration file, relative to the server's root directory (alternative to `config`)."
        ),
        "rules": Schema.array(Schema.string(), description: "Run only these rule ids (default: all)."),
    ]

    static func configuration(_ arguments: ToolArguments, context: ToolContext) throws(ToolError) -> ReviewConfiguration
    {
        var configuration = ReviewConfiguration()
        let parsed: (configuration: ReviewConfiguration, diagnostics: [Diagnostic])?
        switch (try arguments.string("config"), try arguments.string("config_path")) {
        case (let text?, nil):
            guard text.utf8.count <= context.limits.maximumModelBytes else {
                throw .tooLarge(
                    what: "the configuration",
                    bytes: text.utf8.count,
                    limit: context.limits.maximumModelBytes
                )
            }
            parsed = ReviewConfigurationFile.parse(text, file: "config.yaml")
        case (nil, let path?):
            let data = try ModelArgument.read(path, context: context)
            guard let text = String(validating: data, as: UTF8.self) else {
                throw .unreadable(path: path, reason: "it is not UTF-8 text")
            }
            parsed = ReviewConfigurationFile.parse(text, file: path)
        case (.some, .some): throw .invalidArgument("give `config` or `config_path`, not both")
        case (nil, nil): parsed = nil
        }
        if let parsed {
            guard parsed.diagnostics.isEmpty else { throw .invalidConfiguration(parsed.diagnostics) }
            configuration = parsed.configuration
        }
        if let rules = try arguments.strings("rules") {
            for rule in rules { _ = try RuleLookup.entry(rule) }
            configuration.only = Set(rules)
        }
        return configuration
    }
}
