import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `capacity-at-growth`: the replicas the growth target needs exceed what may run.
struct CapacityAtGrowthRule: Rule {
    let id = "capacity-at-growth"
    let category = RuleCategory.capacity
    let defaultSeverity = Severity.warning
    let summary = "`replicas_needed_at_growth` exceeds `autoscale.max` (or `replicas` without autoscale)."
    let rationale = """
        Capacity planned for today's peak fails at the growth the system must absorb: the \
        autoscaler stops at its maximum, and a fixed replica count does not move at all. Plan \
        headroom for the growth target before the traffic arrives. Google SRE book, chapter 18 \
        "Software Engineering in SRE" (capacity planning) and chapter 21 "Handling Overload".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let growth = context.model.system.requirements.growth
        return (context.analysis?.components ?? []).compactMap { figures in
            guard let needed = figures.replicasNeededAtGrowth, let declared = context.declaration(of: figures.name),
                !declared.isExternal
            else { return nil }
            let autoscaleMax = context.service(figures.name)?.autoscale?.max
            let allowed = autoscaleMax ?? figures.replicas
            guard needed > allowed else { return nil }
            let limit = autoscaleMax.map { "autoscale.max \($0)" } ?? "replicas \(figures.replicas)"
            let fix =
                autoscaleMax != nil
                ? "raise autoscale.max of \(figures.name) to \(needed) (and check its datastores can follow)"
                : "plan replicas: \(needed) for growth, or add autoscale: {min: \(figures.replicas), max: \(needed)}"
            return RuleViolation(
                subject: .component(figures.name),
                message:
                    "\(figures.name) needs \(needed) replicas at \(NumberText.decimal(growth))x peak "
                    + "(\(NumberText.decimal(figures.loadRPS * growth)) rps) but \(limit) allows \(allowed)",
                fix: fix,
                location: declared.location
            )
        }
    }
}
