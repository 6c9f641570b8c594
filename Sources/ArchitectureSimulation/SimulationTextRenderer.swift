import ArchitectureOutput

/// `architect simulate --format text`: a result for people, workflows with their verdicts,
/// components, and the success rate per workflow over time as one character per second (or per
/// bucket of seconds on long runs).
public enum SimulationTextRenderer {
    public static func render(_ result: SimulationResult, color: Bool) -> String {
        var output = "\(result.system), scenario \(result.scenario): \(result.requests) requests in "
        output += "\(number(result.simulatedSeconds)) s simulated, \(result.events) events, seed \(result.seed)\n\n"
        var workflows = TextTable([
            ("workflow", .left), ("requests", .right), ("success", .right), ("target", .right), ("degraded", .right),
            ("mean", .right), ("p50", .right), ("p99", .right), ("p99 target", .right), ("max", .right),
            ("budget burned", .right),
        ])
        for workflow in result.workflows {
            let latency = workflow.latencyMS
            workflows.add(
                [
                    workflow.name, String(workflow.requests), workflow.successRate.map(percent) ?? "-",
                    workflow.availabilityTarget.map(percent) ?? "-", String(workflow.degraded),
                    ms(latency?.mean), ms(latency?.p50), ms(latency?.p99), ms(workflow.latencyP99TargetMS),
                    ms(latency?.max), workflow.errorBudgetBurned.map { percent($0) } ?? "-",
                ],
                highlight: workflow.missesTarget
            )
        }
        output += workflows.text(color: color) + "\n"
        var components = TextTable([
            ("component", .left), ("type", .left), ("utilization", .right), ("mean queue", .right),
            ("completed", .right), ("timeouts", .right), ("retries", .right), ("rejections", .right),
            ("breaker openings", .right),
        ])
        for component in result.components {
            components.add([
                component.name, component.type, component.utilization.map(percent) ?? "-",
                component.meanQueue.map(number) ?? "-", String(component.completed), String(component.timeouts),
                String(component.retries), String(component.rejections), String(component.breakerOpenings),
            ])
        }
        output += components.text(color: color) + "\n"
        output += timeline(result)
        return output
    }

    /// One line per workflow: each character is the success rate of a slice of the window.
    private static func timeline(_ result: SimulationResult) -> String {
        let seconds = Int(result.simulatedSeconds.rounded(.up))
        guard seconds > 0 else { return "" }
        let width = min(seconds, 100)
        var output = "success rate over time (\(number(result.simulatedSeconds / Double(width))) s per mark: "
        output += "# >= 99%, + >= 90%, - >= 50%, . < 50%, space = no requests)\n"
        let nameWidth = result.workflows.map(\.name.count).max() ?? 0
        for workflow in result.workflows {
            var requests = [Int](repeating: 0, count: width)
            var succeeded = [Double](repeating: 0, count: width)
            for point in result.timeline where point.workflow == workflow.name {
                let slot = min(point.t * width / seconds, width - 1)
                requests[slot] += point.requests
                succeeded[slot] += (point.successRate ?? 0) * Double(point.requests)
            }
            let marks = zip(requests, succeeded).map { count, good -> Character in
                guard count > 0 else { return " " }
                let rate = good / Double(count)
                return rate >= 0.99 ? "#" : rate >= 0.9 ? "+" : rate >= 0.5 ? "-" : "."
            }
            let padding = String(repeating: " ", count: nameWidth - workflow.name.count)
            output += "  \(workflow.name)\(padding) |\(String(marks))|\n"
        }
        return output
    }

    private static func ms(_ value: Double?) -> String { value.map { "\(number($0)) ms" } ?? "-" }

    private static func percent(_ value: Double) -> String { "\(number(value * 100))%" }

    /// Three significant digits or so: none past the point from 100, two from 1, three below.
    private static func number(_ value: Double) -> String {
        NumberText.decimal(value, decimals: abs(value) >= 100 ? 0 : abs(value) >= 1 ? 2 : 3)
    }
}
