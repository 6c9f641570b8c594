import ArchitectureModel

/// `proposed-decision`: a decision record that was never accepted or rejected.
struct ProposedDecisionRule: Rule {
    let id = "proposed-decision"
    let category = RuleCategory.documentation
    let defaultSeverity = Severity.info
    let summary = "An architecture decision record is still `proposed`."
    let rationale = """
        A proposed decision is an open question: teams either build on it as if accepted or wait. \
        Deciding (accepted, or superseded by another record) keeps the record useful. Nygard, \
        "Documenting Architecture Decisions" (2011); adr.github.io, "ADR lifecycle".
        """

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.model.decisions.compactMap { decision in
            guard decision.status == .proposed else { return nil }
            return RuleViolation(
                subject: .decision(decision.id),
                message: "decision \(decision.id) \"\(decision.title)\" is still proposed",
                fix: "decide it: set status: accepted, or deprecated / superseded with the record that replaces it",
                location: decision.location
            )
        }
    }
}
