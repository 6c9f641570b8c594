import ArchitectureAnalysis
import ArchitectureModel

/// `deep-sync-chain`: a workflow's longest synchronous call path has too many hops.
struct DeepSyncChainRule: Rule {
    let id = "deep-sync-chain"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.warning
    let summary = "A synchronous call path from a workflow entry has more than 4 hops."
    let rationale = """
        Every synchronous hop multiplies the chance of failure and adds its latency and queueing to \
        the request; a deep chain also hides who is responsible for a timeout. Google SRE book, \
        chapter 22 "Addressing Cascading Failures"; Nygard, Release It!, "Integration Points"; \
        microservices.io, "Pattern: API Composition" versus "Pattern: CQRS".
        """
    let parameters = [
        RuleParameter(name: "max_depth", defaultValue: 4, description: "Hops allowed on one synchronous path.")
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings.integer("max_depth")
        // One longest-path pass per workflow graph, each linear in its graph: run on every core.
        let chains = context.workflowGraphs.concurrentMap { $0.flatMap(LongestChain.init) }
        return zip(context.model.workflows, chains).compactMap { workflow, chain in
            guard let deepest = chain, deepest.hops > limit else { return nil }
            let names = deepest.services.map { context.model.services[$0].name }
            return RuleViolation(
                subject: .workflow(workflow.name),
                message:
                    "\(workflow.name): the synchronous chain \(names.joined(separator: " -> ")) has "
                    + "\(deepest.hops) hops (limit \(limit)); each hop adds latency and a way to fail",
                fix:
                    "cut the chain to \(limit) hops or fewer: let \(names[1]) get what \(names[names.count - 1]) "
                    + "provides from a cache or a read model fed by events, or call it directly instead of "
                    + "through \(names[names.count - 2])",
                location: workflow.location
            )
        }
    }
}
