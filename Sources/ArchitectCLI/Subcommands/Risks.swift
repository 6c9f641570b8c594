import ArchitectureAssessment
import ArchitectureReport
import ArgumentParser

extension Architect {
    struct Risks: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the risk register: review findings scored likelihood x impact from the analysis.",
            discussion: "Exit status: 0, or 2 when the model does not load. docs/report.md defines the scales."
        )

        @OptionGroup var input: AssessmentOptions

        @Option(help: "markdown or csv (RFC 4180).")
        var format: RiskFormat = .markdown

        @Option(name: .shortAndLong, help: "Write the register to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let register = try input.load().risks
            let text =
                switch format {
                case .markdown: RiskRegisterRenderer.markdown(register)
                case .csv: RiskRegisterRenderer.csv(register)
                }
            try ReviewInput.emit(text, to: output)
        }
    }
}

enum RiskFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv
}
