import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `over-budget`: the system costs more per month than its budget.
struct OverBudgetRule: Rule {
    let id = "over-budget"
    let category = RuleCategory.capacity
    let defaultSeverity = Severity.warning
    let summary = "The monthly cost of all replicas exceeds `budget_monthly`."
    let rationale = """
        A design that costs more than its budget will be cut in production, usually by removing \
        the redundancy that keeps it available. Cost is an architectural property to design for. \
        AWS Well-Architected Framework, "Cost Optimization Pillar"; Google SRE book, chapter 18 \
        (provisioning and capacity planning).
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        guard let cost = context.analysis?.cost, cost.withinBudget == false, let budget = cost.budgetMonthly else {
            return []
        }
        let system = context.model.system
        return [
            RuleViolation(
                subject: .system(system.name),
                message:
                    "\(system.name) costs \(NumberText.decimal(cost.monthly, decimals: 0)) per month, over its budget of "
                    + "\(NumberText.decimal(budget, decimals: 0)) by \(NumberText.decimal(cost.monthly - budget, decimals: 0))",
                fix:
                    "cut replicas where utilization is low (replicas_needed in `architect analyze`), or raise "
                    + "budget_monthly with the reason in a decision record",
                location: system.location
            )
        ]
    }
}
