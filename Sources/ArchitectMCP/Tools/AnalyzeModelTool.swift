import ArchitectureAnalysis
import ArchitectureModel
import MCP

extension ToolSpec {
    /// `analyze_model`: `architect analyze --format json` (analysis.md, format 1), the same document.
    static let analyzeModel = ToolSpec(
        name: "analyze_model",
        description: """
            Compute a model's numbers: per-component availability (zones included), load, M/M/c utilization \
            and response time, replicas needed now and at growth; per-workflow availability (exact over zone \
            states), downtime and error budget, hard dependencies, mean latency, retry amplification; cost. \
            `peak_rps` and `growth` ask "what if traffic were ...".
            """,
        input: ModelArgument.schemaProperties.merging([
            "peak_rps": Schema.number("Peak requests per second instead of requirements.peak_rps (>= 0)."),
            "growth": Schema.number("Capacity must hold this multiple of peak, instead of requirements.growth (> 0)."),
        ]) { first, _ in first },
        output: analysisOutput
    ) { arguments, context throws(ToolError) in
        let model = try ModelArgument(arguments, context: context).model()
        let options = Analyzer.Options(
            peakRPS: try arguments.number("peak_rps", minimum: 0),
            growth: try arguments.number("growth", minimum: 0, exclusive: true)
        )
        let report = try analyze(model, options: options)
        let workflows = report.workflows.map { workflow in
            "\n\(workflow.name): availability \(workflow.availability)"
                + (workflow.availabilityTarget.map { " (target \($0))" } ?? "")
                + (workflow.meanLatencyMS.map { ", mean latency \($0) ms" } ?? "")
        }
        let summary =
            "\(report.system): \(report.components.count) component(s), peak \(report.peakRPS) rps, "
            + "monthly cost \(report.cost.monthly)" + workflows.joined()
        return ToolOutput(structured: Value(report.json), summary: summary)
    }

    /// The analysis the CLI prints; a model the analysis cannot take (too many zones) is an error.
    static func analyze(_ model: SystemModel, options: Analyzer.Options = .init()) throws(ToolError) -> AnalysisReport {
        do {
            return try Analyzer(model, options: options).analyze()
        } catch {
            throw .failed("the model cannot be analyzed: \(error)")
        }
    }

    /// `architect analyze --format json` (analysis.md, format 1).
    static let analysisOutput = Schema.open(
        [
            "format": Schema.integer(),
            "system": Schema.string(),
            "peak_rps": Schema.number(),
            "growth": Schema.number(),
            "components": Schema.array(
                Schema.open(
                    [
                        "name": Schema.string(), "type": Schema.string(), "replicas": Schema.integer(),
                        "availability": Schema.number(), "load_rps": Schema.number(),
                    ]
                )
            ),
            "workflows": Schema.array(
                Schema.open(
                    [
                        "name": Schema.string(), "entry": Schema.string(), "availability": Schema.number(),
                        "hard_dependencies": Schema.array(Schema.string()),
                    ]
                )
            ),
            "cost": Schema.anyObject,
            "notes": Schema.array(Schema.string()),
        ],
        required: ["format", "system", "components", "workflows", "cost", "notes"]
    )
}
