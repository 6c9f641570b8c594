import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `latency-over-target`: a workflow's mean latency already exceeds its p99 target.
struct LatencyOverTargetRule: Rule {
    let id = "latency-over-target"
    let category = RuleCategory.capacity
    let defaultSeverity = Severity.warning
    let summary = "A workflow's mean latency already exceeds its p99 target."
    let rationale = """
        The p99 is always above the mean; a mean over the p99 target means most requests, not \
        just the tail, miss it. Shorten the critical path: parallel calls, fewer hops, caches, \
        more servers for the slowest queue. Google SRE book, chapter 4 "Service Level \
        Objectives"; Dean and Barroso, "The Tail at Scale" (CACM 2013).
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let figures = Dictionary((context.analysis?.workflows ?? []).map { ($0.name, $0) }) { first, _ in first }
        return context.model.workflows.compactMap { workflow in
            guard let result = figures[workflow.name], let mean = result.meanLatencyMS,
                let target = result.latencyP99TargetMS, mean > target
            else { return nil }
            let path = result.criticalPath.map { " along \($0.joined(separator: " -> "))" } ?? ""
            return RuleViolation(
                subject: .workflow(workflow.name),
                message:
                    "\(workflow.name) mean latency \(NumberText.decimal(mean, decimals: 1))ms already exceeds its p99 "
                    + "target \(NumberText.decimal(target))ms; the critical path runs\(path)",
                fix:
                    "shorten the critical path: make independent calls parallel, cache or batch the slowest call, "
                    + "or add servers where queues wait; otherwise raise latency_p99 of \(workflow.name)",
                location: workflow.location
            )
        }
    }
}
