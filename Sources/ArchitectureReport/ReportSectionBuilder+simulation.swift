import ArchitectureOutput
import ArchitectureReview
import ArchitectureSimulation

extension ReportSectionBuilder {
    /// The baseline scenario simulated with a fixed seed: what the analysis's averages look like as
    /// individual requests, tails included.
    static func simulation(_ result: SimulationResult) -> ReportSection {
        var table = ReportTable(
            columns: [
                ("workflow", .left), ("requests", .right), ("success", .right), ("degraded", .right),
                ("p50", .right), ("p99", .right), ("p99 target", .right), ("error budget burned", .right),
            ],
            rows: [],
            caption:
                "Seed \(result.seed), \(result.requests) requests over \(NumberText.decimal(result.simulatedSeconds, decimals: 1)) "
                + "simulated seconds at today's peak, no faults; architect simulate runs the fault scenarios."
        )
        for workflow in result.workflows {
            let success: ReportSpan =
                workflow.successRate.map { rate in
                    let text = NumberText.percent(rate)
                    if let target = workflow.availabilityTarget, rate < target { return .status(.bad, text) }
                    return .text(text)
                } ?? .text("–")
            let p99: ReportSpan =
                workflow.latencyMS.map { latency in
                    let text = Self.milliseconds(latency.p99)
                    return workflow.meetsLatencyP99 == false ? .status(.bad, text) : .text(text)
                } ?? .text("–")
            table.rows.append([
                [.code(workflow.name)], [.text(String(workflow.requests))], [success],
                [.text(String(workflow.degraded))],
                [.text(workflow.latencyMS.map { Self.milliseconds($0.p50) } ?? "–")],
                [p99], [.text(workflow.latencyP99TargetMS.map(Self.milliseconds) ?? "–")],
                [.text(workflow.errorBudgetBurned.map { NumberText.percent($0) } ?? "–")],
            ])
        }
        return ReportSection(
            id: "simulation",
            title: "Simulation",
            blocks: [
                .paragraph([
                    .text(
                        "A seeded discrete-event simulation of the baseline scenario: every request through the "
                            + "call graph with its timeouts, retries and queues (docs/simulation.md)."
                    )
                ]),
                .table(table),
            ]
        )
    }
}
