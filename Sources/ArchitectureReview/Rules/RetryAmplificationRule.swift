import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `retry-amplification`: retries multiply along a workflow's call path (the analysis's max_attempts).
struct RetryAmplificationRule: Rule {
    let id = "retry-amplification"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.warning
    let summary = "The product of (1 + retries) along one call path from a workflow entry exceeds 8."
    let rationale = """
        Retries at every layer multiply: three layers with 2 retries each send up to 27 attempts to \
        the deepest service for one user request, a retry storm that keeps an overloaded service \
        down. Retry at one layer, with budgets. Google SRE book, chapter 22 "Addressing Cascading \
        Failures" (retry amplification); Nygard, Release It!, "Cascading Failures".
        """
    let parameters = [
        RuleParameter(
            name: "max_attempts",
            defaultValue: 8,
            description: "Attempts at the deepest callee allowed for one external request."
        )
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings["max_attempts"]
        let figures = Dictionary((context.analysis?.workflows ?? []).map { ($0.name, $0) }) { first, _ in first }
        return context.model.workflows.compactMap { workflow in
            guard let worst = figures[workflow.name], let attempts = worst.maxAttempts, Double(attempts) > limit,
                let path = worst.worstRetryPath, path.count >= 2
            else { return nil }
            let factors = zip(path, path.dropFirst()).compactMap { caller, callee in
                context.service(caller)?.calls.filter { $0.to == callee }.map(\.retries.attempts).max()
            }
            return RuleViolation(
                subject: .workflow(workflow.name),
                message:
                    "\(workflow.name): one request can make \(attempts) attempts at \(path[path.count - 1]) along "
                    + "\(path.joined(separator: " -> ")) (\(factors.map(String.init).joined(separator: " x "))), "
                    + "limit \(NumberText.decimal(limit))",
                fix:
                    "retry at one layer only (usually the one nearest the failing call) and set retries: 0 "
                    + "elsewhere on the path, or add retry budgets so retries stop when the callee is failing",
                location: workflow.location
            )
        }
    }
}
