import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `availability-below-target`: a workflow's computed availability misses its target.
struct AvailabilityBelowTargetRule: Rule {
    let id = "availability-below-target"
    let category = RuleCategory.capacity
    let defaultSeverity = Severity.error
    let summary = "A workflow's availability is below its target."
    let rationale = """
        The availability a workflow can reach is fixed by its hard dependencies and how their \
        replicas share zones; a target above it is an error budget spent before the first \
        incident. Add redundancy where it buys the most, make dependencies soft, or agree on a \
        target the design can meet. Google SRE book, chapter 3 "Embracing Risk" and chapter 4 \
        "Service Level Objectives"; Nygard, Release It!, "Stability Patterns".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        guard let analysis = context.analysis else { return [] }
        let figures = Dictionary(analysis.workflows.map { ($0.name, $0) }) { first, _ in first }
        let replicas = Dictionary(analysis.components.map { ($0.name, $0.replicas) }) { first, _ in first }
        return context.model.workflows.compactMap { workflow in
            guard let result = figures[workflow.name], result.meetsAvailability == false,
                let target = result.availabilityTarget
            else { return nil }
            let losses = result.largestLosses.map { loss in
                "\(loss.component) (\(Wording.count(replicas[loss.component] ?? 0, "replica")), "
                    + "-\(NumberText.percent(loss.loss)))"
            }
            // Advice goes to the component of our own where one more replica buys the most.
            let best = result.largestLosses.filter { context.declaration(of: $0.component)?.isExternal == false }
                .max { $0.gainFromOneMoreReplica < $1.gainFromOneMoreReplica }
            let advice =
                best.map {
                    "add a replica to \($0.component) in another zone (+\(NumberText.percent($0.gainFromOneMoreReplica))), "
                        + "then the next largest loss, until availability reaches \(NumberText.percent(target)); or "
                        + "make calls to them soft with fallbacks"
                } ?? "add replicas in other zones to the hard dependencies, or lower the target"
            return RuleViolation(
                subject: .workflow(workflow.name),
                message:
                    "\(workflow.name) availability \(NumberText.percent(result.availability)) < target "
                    + "\(NumberText.percent(target))"
                    + (losses.isEmpty ? "" : "; the largest losses: \(losses.joined(separator: ", "))"),
                fix: advice,
                location: workflow.location
            )
        }
    }
}
