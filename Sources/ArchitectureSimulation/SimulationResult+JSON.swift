public import ArchitectureModel

extension SimulationResult {
    /// The JSON object of simulation.md, keys in its order. Figures are rounded (latencies to the
    /// microsecond, shares to 6 decimals) so the output is stable and readable.
    public var json: JSONValue {
        .object([
            ("format", .int(1)),
            ("system", .string(system)),
            ("scenario", .string(scenario)),
            ("seed", .int(Int(truncatingIfNeeded: seed))),
            ("simulated_seconds", .number(Self.round(simulatedSeconds, 6))),
            ("requests", .int(requests)),
            ("events", .int(events)),
            ("wall_seconds", .number(Self.round(wallSeconds, 3))),
            ("workflows", .array(workflows.map(\.json))),
            ("components", .array(components.map(\.json))),
            ("timeline", .array(timeline.map(\.json))),
        ])
    }

    static func round(_ value: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    static func number(_ value: Double?, _ decimals: Int) -> JSONValue {
        .optional(value) { .number(round($0, decimals)) }
    }
}

extension SimulationResult.WorkflowOutcome {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("requests", .int(requests)),
            ("succeeded", .int(succeeded)),
            ("degraded", .int(degraded)),
            ("failed", .int(failed)),
            ("success_rate", SimulationResult.number(successRate, 6)),
            ("latency_ms", .optional(latencyMS) { $0.json }),
            ("availability_target", .optional(availabilityTarget) { .number($0) }),
            ("error_budget_burned", SimulationResult.number(errorBudgetBurned, 6)),
            ("latency_p99_target_ms", .optional(latencyP99TargetMS) { .number($0) }),
            ("meets_latency_p99", .optional(meetsLatencyP99) { .bool($0) }),
        ])
    }
}

extension SimulationResult.Latency {
    var json: JSONValue {
        .object(
            [("mean", mean), ("p50", p50), ("p90", p90), ("p99", p99), ("p999", p999), ("max", max)].map {
                ($0, .number(SimulationResult.round($1, 3)))
            }
        )
    }
}

extension SimulationResult.ComponentOutcome {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("type", .string(type)),
            ("utilization", SimulationResult.number(utilization, 6)),
            ("mean_queue", SimulationResult.number(meanQueue, 6)),
            ("completed", .int(completed)),
            ("timeouts", .int(timeouts)),
            ("retries", .int(retries)),
            ("rejections", .int(rejections)),
            ("breaker_openings", .int(breakerOpenings)),
        ])
    }
}

extension SimulationResult.TimelinePoint {
    var json: JSONValue {
        .object([
            ("t", .int(t)),
            ("workflow", .string(workflow)),
            ("requests", .int(requests)),
            ("success_rate", SimulationResult.number(successRate, 6)),
            ("p99_ms", SimulationResult.number(p99MS, 3)),
        ])
    }
}
