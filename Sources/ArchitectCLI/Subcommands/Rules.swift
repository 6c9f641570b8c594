import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import ArgumentParser
import Foundation

extension Architect {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the review rule catalog, or document one rule in full.",
            discussion: "Exit status: 0, or 64 for an unknown rule id."
        )

        @Argument(help: "A rule id, such as timeout-inversion; omit it to list every rule.")
        var id: String?

        @Option(help: "text or json (id, severity, category, summary, parameters).")
        var format: DiagnosticFormat = .text

        func run() throws {
            guard let id else {
                let entries = RuleCatalog.entries
                print(
                    format == .json ? RuleCatalogRenderer.json(entries) : RuleCatalogRenderer.text(entries),
                    terminator: ""
                )
                return
            }
            guard let rule = RuleCatalog.entry(id) else {
                let hint = Suggestion.hint(for: id, among: RuleCatalog.entries.map(\.id)).map { "; \($0)" } ?? ""
                throw ValidationError("unknown rule `\(id)`\(hint)")
            }
            print(format == .json ? RuleCatalogRenderer.json([rule]) : RuleDocumentation.text(rule), terminator: "")
        }
    }
}
