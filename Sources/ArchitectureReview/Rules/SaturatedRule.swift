import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// `saturated`: a component whose utilization at peak is 1 or more.
struct SaturatedRule: Rule {
    let id = "saturated"
    let category = RuleCategory.capacity
    let defaultSeverity = Severity.error
    let summary = "A component's utilization at peak is >= 1."
    let rationale = """
        At utilization 1 or more, requests arrive faster than the servers finish them: the queue \
        grows without bound, latency climbs until callers time out, and their retries add more \
        load. Queueing theory (M/M/c) says this cannot settle. Google SRE book, chapter 21 \
        "Handling Overload"; Gunther, Guerrilla Capacity Planning.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        (context.analysis?.components ?? []).compactMap { figures in
            guard figures.saturated == true, let utilization = figures.utilization,
                let declared = context.declaration(of: figures.name), !declared.isExternal
            else { return nil }
            let needed = figures.replicasNeeded.map { "replicas: \($0)" } ?? "more replicas"
            return RuleViolation(
                subject: .component(figures.name),
                message:
                    "\(figures.name) is saturated at peak: utilization \(NumberText.decimal(utilization, decimals: 2)) "
                    + "(\(NumberText.decimal(figures.loadRPS)) rps on \(Wording.count(figures.servers, "server"))); its "
                    + "queue grows without bound",
                fix:
                    "run \(needed) (or raise concurrency), or cut its load: batch chatty calls to it, cache its "
                    + "answers",
                location: declared.location
            )
        }
    }
}
