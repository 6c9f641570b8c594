import ArchitectureAnalysis
import ArchitectureLoading
import ArchitectureModel
import ArgumentParser
import Foundation

extension Architect {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute availability over zones, load and capacity, latency, retry amplification and cost.",
            discussion: "Exit status: 0 when the analysis ran, 2 when the model does not load or cannot be analyzed."
        )

        @Argument(help: "The model file (YAML or JSON).")
        var model: String

        @Option(help: "text (for a terminal), json (analysis.md, format 1) or markdown.")
        var format: ReportFormat = .text

        @Option(help: "What if peak traffic were this many requests per second (overrides requirements.peak_rps).")
        var peakRPS: Double?

        @Option(help: "What if capacity had to hold this multiple of peak (overrides requirements.growth).")
        var growth: Double?

        func validate() throws {
            if let peakRPS, !(peakRPS >= 0 && peakRPS.isFinite) {
                throw ValidationError("--peak-rps must be a number >= 0")
            }
            if let growth, !(growth > 0 && growth.isFinite) {
                throw ValidationError("--growth must be a number above 0")
            }
        }

        func run() throws {
            let loaded = try ModelInput.load(model)
            let analyzer: Analyzer
            do {
                analyzer = try Analyzer(loaded, options: .init(peakRPS: peakRPS, growth: growth))
            } catch {
                FileHandle.standardError.write(Data("error: \(model): \(error)\n".utf8))
                throw ExitStatus.unusable
            }
            let report = analyzer.analyze()
            switch format {
            case .json: print(report.json.serialized(), terminator: "")
            case .text:
                print(
                    AnalysisTextRenderer.render(report, markdown: false, color: Terminal.colorEnabled),
                    terminator: ""
                )
            case .markdown: print(AnalysisTextRenderer.render(report, markdown: true, color: false), terminator: "")
            }
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
