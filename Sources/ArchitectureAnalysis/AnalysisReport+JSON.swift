public import ArchitectureModel

extension AnalysisReport {
    /// The document of `analysis.md`, format 1, plus the added fields `critical_path`,
    /// `largest_losses`, `cycle`, `first_to_saturate` and `zone_outages`.
    public var json: JSONValue {
        .object([
            ("format", .int(1)),
            ("system", .string(system)),
            ("peak_rps", .number(peakRPS)),
            ("growth", .number(growth)),
            ("components", .array(components.map(\.json))),
            ("workflows", .array(workflows.map(\.json))),
            (
                "cost",
                .object([
                    ("monthly", .number(cost.monthly)),
                    ("monthly_at_growth", .number(cost.monthlyAtGrowth)),
                    ("budget_monthly", .optional(cost.budgetMonthly, JSONValue.number)),
                    ("within_budget", .optional(cost.withinBudget, JSONValue.bool)),
                ])
            ),
            (
                "first_to_saturate",
                .optional(firstToSaturate) {
                    .object([("component", .string($0.component)), ("at_multiple_of_peak", .number($0.multipleOfPeak))])
                }
            ),
            (
                "zone_outages",
                .array(
                    zoneOutages.map { outage in
                        .object([
                            ("zone", .string(outage.zone)),
                            ("workflows_down", .array(outage.workflowsDown.map(JSONValue.string))),
                            (
                                "workflow_availability",
                                .object(outage.workflowAvailability.map { ($0.workflow, .number($0.availability)) })
                            ),
                        ])
                    }
                )
            ),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }
}

extension ComponentFigures {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("type", .string(type.rawValue)),
            ("kind", .string(kind)),
            ("replicas", .int(replicas)),
            ("zones", .array(zones.map(JSONValue.string))),
            ("availability", .number(availability)),
            ("load_rps", .number(loadRPS)),
            ("servers", .int(servers)),
            ("utilization", .optional(utilization, JSONValue.number)),
            ("saturated", .optional(saturated, JSONValue.bool)),
            ("mean_response_ms", .optional(meanResponseMS, JSONValue.number)),
            ("replicas_needed", .optional(replicasNeeded, JSONValue.int)),
            ("replicas_needed_at_growth", .optional(replicasNeededAtGrowth, JSONValue.int)),
        ])
    }
}

extension WorkflowFigures {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("entry", .string(entry)),
            ("load_rps", .optional(loadRPS, JSONValue.number)),
            ("availability", .number(availability)),
            ("availability_target", .optional(availabilityTarget, JSONValue.number)),
            ("meets_availability", .optional(meetsAvailability, JSONValue.bool)),
            ("downtime_minutes_per_month", .number(downtimeMinutesPerMonth)),
            ("error_budget_minutes_per_month", .optional(errorBudgetMinutesPerMonth, JSONValue.number)),
            ("hard_dependencies", .array(hardDependencies.map(JSONValue.string))),
            ("mean_latency_ms", .optional(meanLatencyMS, JSONValue.number)),
            ("latency_p99_target_ms", .optional(latencyP99TargetMS, JSONValue.number)),
            ("max_attempts", .optional(maxAttempts, JSONValue.int)),
            ("worst_retry_path", .optional(worstRetryPath) { .array($0.map(JSONValue.string)) }),
            ("critical_path", .optional(criticalPath) { .array($0.map(JSONValue.string)) }),
            ("cycle", .optional(cycle) { .array($0.map(JSONValue.string)) }),
            (
                "largest_losses",
                .array(
                    largestLosses.map {
                        .object([
                            ("component", .string($0.component)),
                            ("loss", .number($0.loss)),
                            ("gain_one_more_replica", .number($0.gainFromOneMoreReplica)),
                        ])
                    }
                )
            ),
        ])
    }
}
