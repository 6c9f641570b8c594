import ArchitectureModel

/// `unused-waiver`: a waiver that matches no finding.
struct UnusedWaiverRule: Rule {
    let id = "unused-waiver"
    let category = RuleCategory.documentation
    let defaultSeverity = Severity.info
    let summary = "A waiver matches no finding."
    let rationale = """
        A waiver that matches nothing is either stale (the problem was fixed, so delete it) or \
        misspelled (so the finding it meant to accept still counts). Keeping the list exact keeps \
        risk acceptance honest. Google SRE book, chapter 3 "Embracing Risk".
        """
    let phase = RulePhase.waivers

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let known = Set(RuleCatalog.rules.map(\.id))
        return context.waiverStatuses.compactMap { status in
            guard status.state == .unused else { return nil }
            let waiver = status.waiver
            let reason =
                known.contains(waiver.rule)
                ? "\(waiver.rule) reports nothing on \(waiver.target)"
                : "there is no rule \(waiver.rule) in the catalog (`architect rules` lists them)"
            return RuleViolation(
                subject: .waiver(rule: waiver.rule, target: waiver.target),
                message: "the waiver of \(waiver.rule) on \(waiver.target) matches no finding: \(reason)",
                fix:
                    "delete the waiver if the problem is fixed, or correct its rule and target to the finding's "
                    + "id as the review prints it",
                location: waiver.location
            )
        }
    }
}
