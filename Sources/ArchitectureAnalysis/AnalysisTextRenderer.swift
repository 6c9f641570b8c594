import ArchitectureOutput

/// `architect analyze --format text|markdown`: the analysis for people, a terminal report (colour
/// marks what misses) or Markdown.
public enum AnalysisTextRenderer {
    public static func render(_ report: AnalysisReport, markdown: Bool, color: Bool) -> String {
        let heading = { (title: String) in markdown ? "## \(title)\n\n" : "\(title)\n" }
        let table = { (table: TextTable) in markdown ? table.markdown() : table.text(color: color) }
        var output = markdown ? "# Analysis of \(report.system)\n\n" : ""
        output +=
            "\(report.system): peak \(number(report.peakRPS)) requests/s, capacity planned for \(number(report.growth))x growth\n\n"

        output += heading("Workflows")
        var workflows = TextTable([
            ("workflow", .left), ("entry", .left), ("load/s", .right), ("availability", .right), ("target", .right),
            ("downtime min/month", .right), ("mean latency", .right), ("p99 target", .right), ("max attempts", .right),
        ])
        for workflow in report.workflows {
            let missesLatency = zip(workflow.meanLatencyMS, workflow.latencyP99TargetMS).map { $0 > $1 } ?? false
            workflows.add(
                [
                    workflow.name, workflow.entry, workflow.loadRPS.map(number) ?? "cycle",
                    percent(workflow.availability),
                    workflow.availabilityTarget.map(percent) ?? "-", number(workflow.downtimeMinutesPerMonth),
                    workflow.meanLatencyMS.map { "\(number($0)) ms" } ?? "-",
                    workflow.latencyP99TargetMS.map { "\(number($0)) ms" } ?? "-",
                    workflow.maxAttempts.map(String.init) ?? "-",
                ],
                highlight: workflow.meetsAvailability == false || missesLatency
            )
        }
        output += table(workflows) + "\n"
        let missing = report.workflows.filter { $0.meetsAvailability == false && !$0.largestLosses.isEmpty }
        if !missing.isEmpty {
            output += heading("Where availability is lost")
            for workflow in missing {
                let losses = workflow.largestLosses.map {
                    "\($0.component) -\(percent($0.loss)) (one more replica: +\(percent($0.gainFromOneMoreReplica)))"
                }
                output += "\(markdown ? "- " : "  ")\(workflow.name): \(losses.joined(separator: ", "))\n"
            }
            output += "\n"
        }

        output += heading("Components")
        var components = TextTable([
            ("component", .left), ("type", .left), ("replicas", .right), ("zones", .left), ("availability", .right),
            ("load/s", .right), ("utilization", .right), ("mean response", .right), ("needed", .right),
            ("at growth", .right),
        ])
        for component in report.components {
            components.add(
                [
                    component.name, component.type.rawValue, String(component.replicas),
                    component.zones.isEmpty ? "-" : component.zones.joined(separator: ","),
                    percent(component.availability),
                    number(component.loadRPS), component.utilization.map { percent($0, digits: 1) } ?? "-",
                    component.saturated == true
                        ? "saturated" : component.meanResponseMS.map { "\(number($0)) ms" } ?? "-",
                    component.replicasNeeded.map(String.init) ?? "-",
                    component.replicasNeededAtGrowth.map(String.init) ?? "-",
                ],
                highlight: component.saturated == true
            )
        }
        output += table(components) + "\n"

        output += heading("Cost")
        let cost = report.cost
        output += "monthly \(money(cost.monthly)), at growth \(money(cost.monthlyAtGrowth))"
        if let budget = cost.budgetMonthly {
            output += ", budget \(money(budget)) (\(cost.withinBudget == true ? "within budget" : "over budget"))"
        }
        output += "\n\n"
        if let first = report.firstToSaturate {
            output += "First to saturate as load grows: \(first.component) at \(number(first.multipleOfPeak))x peak\n\n"
        }
        let outages = report.zoneOutages.filter { !$0.workflowsDown.isEmpty }
        if !outages.isEmpty {
            output += heading("Zone outages")
            for outage in outages {
                output +=
                    "\(markdown ? "- " : "  ")zone \(outage.zone) down: \(outage.workflowsDown.joined(separator: ", ")) fail\n"
            }
            output += "\n"
        }
        if !report.notes.isEmpty {
            output += heading("Notes")
            for note in report.notes { output += "\(markdown ? "- " : "  ")\(note)\n" }
        }
        return output
    }

    private static func percent(_ fraction: Double) -> String { NumberText.percent(fraction) }

    private static func percent(_ fraction: Double, digits: Int) -> String {
        NumberText.percent(fraction, decimals: digits)
    }

    private static func number(_ value: Double) -> String { NumberText.decimal(value, decimals: 2) }

    private static func money(_ value: Double) -> String { NumberText.money(value) }
}

private func zip(_ first: Double?, _ second: Double?) -> (Double, Double)? {
    guard let first, let second else { return nil }
    return (first, second)
}
