import ArchitectureModel

/// `no-decisions`: the model records no architecture decisions.
struct NoDecisionsRule: Rule {
    let id = "no-decisions"
    let category = RuleCategory.documentation
    let defaultSeverity = Severity.info
    let summary = "The model records no architecture decisions."
    let rationale = """
        Decisions without a record are re-argued by every new team member and reversed without \
        knowing why they were made. An architecture decision record keeps context, decision and \
        consequences next to the design. Nygard, "Documenting Architecture Decisions" (2011); \
        adr.github.io.
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        guard context.model.decisions.isEmpty else { return [] }
        let system = context.model.system
        return [
            RuleViolation(
                subject: .system(system.name),
                message:
                    "\(system.name) records no architecture decisions; the reasons behind its "
                    + "\(Wording.count(context.model.services.count, "service")) are not written down",
                fix:
                    "add decisions: [{id: 1, title: ..., status: accepted, context: ..., decision: ..., "
                    + "consequences: ...}] for the choices a newcomer would question first",
                location: system.location
            )
        ]
    }
}
