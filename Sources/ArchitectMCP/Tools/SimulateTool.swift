import ArchitectureLoading
import ArchitectureModel
import ArchitectureSimulation
import MCP

extension ToolSpec {
    /// `simulate`: `architect simulate --format json`, each scenario's document under `scenarios`,
    /// bounded in requests, simulated time and wall time (docs/mcp.md).
    static let simulate = ToolSpec(
        name: "simulate",
        description: """
            Run the seeded discrete-event simulation of the model's traffic under a fault scenario: success \
            rate, degraded and failed requests, latency percentiles, error-budget burn, per-component \
            utilization, timeouts, retries, rejections, breaker openings, per-second timeline. Use it to see \
            retry storms and metastable failures the closed-form analysis cannot show. The same seed gives \
            the same result.
            """,
        input: ModelArgument.schemaProperties.merging([
            "scenario": Schema.string("A scenario of the model, `baseline` (no faults, the default) or `all`."),
            "seed": Schema.integer("Seed of the random streams (default 1).", minimum: 0),
            "requests": Schema.integer(
                "Simulate until this many external requests are expected (instead of the scenario's duration).",
                minimum: 1,
                maximum: MCPLimits().maximumSimulatedRequests
            ),
            "duration": Schema.string("Arrival window such as 120s or 10m, at most 1h (instead of the scenario's)."),
        ]) { first, _ in first },
        output: Schema.object(
            [
                "scenarios": Schema.array(
                    Schema.open(
                        [
                            "format": Schema.integer(), "system": Schema.string(), "scenario": Schema.string(),
                            "seed": Schema.integer(), "requests": Schema.integer(),
                            "workflows": Schema.array(Schema.anyObject),
                            "components": Schema.array(Schema.anyObject), "timeline": Schema.array(Schema.anyObject),
                        ]
                    ),
                    description: "One `architect simulate --format json` document per scenario run."
                )
            ],
            required: ["scenarios"]
        )
    ) { arguments, context throws(ToolError) in
        let simulation = Simulation(try ModelArgument(arguments, context: context).model())
        let requests = try arguments.integer("requests", in: 1...context.limits.maximumSimulatedRequests)
        let duration = try arguments.string("duration").map { text throws(ToolError) in
            guard case .success(let span) = ScalarSyntax.duration(text), span.seconds > 0,
                span.seconds <= maximumWindowSeconds
            else {
                throw .invalidArgument(
                    "`duration` must be a duration above 0 and at most 1h, such as 120s; got `\(text)`"
                )
            }
            return span.seconds
        }
        if requests != nil, duration != nil { throw .invalidArgument("give `requests` or `duration`, not both") }
        var options = SimulationOptions(seed: UInt64(try arguments.integer("seed", in: 0...Int.max) ?? 1))
        if let requests { options.window = .requests(requests) }
        if let duration { options.window = .seconds(duration) }
        let results: [SimulationResult]
        do {
            let scenarios = try simulation.scenarios(named: try arguments.string("scenario") ?? Scenario.baselineName)
            if options.window == .scenario,
                let long = scenarios.first(where: { $0.duration.seconds > maximumWindowSeconds })
            {
                throw ToolError.failed(
                    "scenario \(long.name) lasts \(long.duration), over the server's 1h; pass `requests` or `duration`"
                )
            }
            let clock = ContinuousClock()
            let deadline = clock.now + context.limits.simulationWallClock
            results = try scenarios.map { scenario in
                options.wallClockLimit = max(deadline - clock.now, .zero)
                return try simulation.run(scenario, options: options)
            }
        } catch let error as ToolError {
            throw error
        } catch SimulationError.wallClockLimit {
            throw .failed(
                "the simulation did not finish within the server's \(context.limits.simulationWallClock) of wall time; ask for fewer "
                    + "`requests` or a shorter `duration`"
            )
        } catch {
            throw .failed("\(error)")
        }
        let lines = results.flatMap { result in
            result.workflows.map { workflow in
                "\n\(result.scenario) \(workflow.name): \(workflow.requests) requests, success "
                    + (workflow.successRate.map { "\($0)" } ?? "n/a")
                    + (workflow.latencyMS.map { ", p99 \($0.p99) ms" } ?? "")
            }
        }
        let summary = "\(results.count) scenario(s) simulated" + lines.joined()
        return ToolOutput(structured: ["scenarios": .array(results.map { Value($0.json) })], summary: summary)
    }

    /// The longest arrival window one call may simulate.
    static let maximumWindowSeconds = 3600.0
}
