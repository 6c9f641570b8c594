import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReport
import ArchitectureSimulation
import ArgumentParser
import Foundation

extension Architect {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the architecture report: scorecard, diagrams, workflows, capacity, risks and decisions.",
            discussion: """
                html (default) writes one self-contained page that works offline; markdown writes a folder of \
                Markdown, Mermaid sources (.mmd) and SVG charts, keeping files edited since Architect wrote them \
                (--force overwrites). Exit status: 0, or 2 when the model does not load or the output cannot be written.
                """
        )

        @OptionGroup var input: AssessmentOptions

        @Option(help: "html (one file) or markdown (a folder).")
        var format: ReportOutputFormat = .html

        @Option(name: .shortAndLong, help: "The HTML file, or the folder for markdown.")
        var output: String

        @Flag(help: "With markdown: overwrite files that were edited since Architect wrote them.")
        var force = false

        @Option(help: "Requests of the seeded baseline simulation shown in the report; 0 leaves it out.")
        var simulateRequests = 20_000

        @Option(help: "The simulation's random seed.")
        var seed: UInt64 = 1

        func validate() throws {
            if simulateRequests < 0 { throw ValidationError("--simulate-requests must be 0 or more") }
        }

        func run() throws {
            let assessment = try input.load()
            do {
                let document = ReportDocument(
                    assessment,
                    diagrams: try ReportDiagrams(graph: assessment.graph),
                    source: input.model,
                    simulation: try simulation(assessment)
                )
                try write(document)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitStatus.unusable
            }
        }
    }
}

extension Architect.Report {
    func write(_ document: ReportDocument) throws {
        switch format {
        case .html:
            let html = HTMLReportRenderer.render(document, mermaid: try ReportDiagrams.mermaidLibrary())
            try OutputFile.write(html, to: output)
            print("wrote \(output)")
        case .markdown:
            try FolderOutput.write(MarkdownReportFolder.files(document), to: output, force: force)
        }
    }

    /// The baseline scenario, when asked for and when the model has traffic to simulate.
    func simulation(_ assessment: Assessment) throws -> SimulationResult? {
        let model = assessment.model
        guard simulateRequests > 0, model.system.requirements.peakRPS > 0, !model.workflows.isEmpty else { return nil }
        let options = SimulationOptions(seed: seed, window: .requests(simulateRequests))
        return try assessment.simulation().run(Simulation.baseline, options: options)
    }
}

enum ReportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown
}
