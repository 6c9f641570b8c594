import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import ArgumentParser
import Foundation

extension Architect {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review a model against the rule catalog and print every finding with its fix.",
            discussion: """
                Exit status: 0 when no unwaived finding reaches --fail-on, 1 when one does, 2 when the model \
                does not load or the configuration is invalid. `architect rules` lists the catalog.
                """
        )

        @Argument(help: "The model file (YAML or JSON).")
        var model: String

        @Option(help: "text (for people), json, sarif (SARIF 2.1.0 for code scanning) or markdown (for pull requests).")
        var format: ReviewFormat = .text

        @Option(
            help: "Exit 1 when an unwaived finding at or above this severity exists: error, warning, info or never."
        )
        var failOn: FailOn = .error

        @Option(help: "A review configuration (YAML): per-rule severity, parameters, enabled.")
        var config: String?

        @Option(name: .customLong("rule"), help: "Run only this rule (repeatable).")
        var rules: [String] = []

        @Option(help: "The date waivers expire against, YYYY-MM-DD (default: today, UTC).")
        var today: String?

        @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output.")
        var output: String?

        func validate() throws {
            if let today, CalendarDate(today) == nil { throw ValidationError("--today takes a date YYYY-MM-DD") }
            let known = RuleCatalog.entries.map(\.id)
            for rule in rules where !known.contains(rule) {
                let hint =
                    Suggestion.hint(for: rule, among: known).map { "; \($0)" } ?? "; `architect rules` lists them"
                throw ValidationError("unknown rule `\(rule)`\(hint)")
            }
        }

        func run() throws {
            let loaded = try ModelInput.load(model)
            var configuration = try ReviewInput.configuration(config)
            if !rules.isEmpty { configuration.only = Set(rules) }
            let date = today.flatMap(CalendarDate.init) ?? CalendarDate.todayUTC()
            let report = Reviewer.review(loaded, configuration: configuration, today: date)
            try ReviewInput.emit(format.render(report, colored: output == nil && Terminal.colorEnabled), to: output)
            if report.fails(at: failOn.severity) { throw ExitStatus.failed }
        }
    }
}

enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, markdown

    func render(_ report: ReviewReport, colored: Bool) -> String {
        switch self {
        case .text: TextReportRenderer.render(report, colored: colored)
        case .json: JSONReportRenderer.render(report)
        case .markdown: MarkdownReportRenderer.render(report)
        case .sarif:
            SARIFRenderer.render(
                report,
                version: Architect.configuration.version,
                currentDirectory: FileManager.default.currentDirectoryPath
            )
        }
    }
}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? { Severity(rawValue: rawValue) }
}
