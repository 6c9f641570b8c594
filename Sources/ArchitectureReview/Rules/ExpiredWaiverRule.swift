import ArchitectureModel

/// `expired-waiver`: a waiver past its `expires` date, which no longer applies.
struct ExpiredWaiverRule: Rule {
    let id = "expired-waiver"
    let category = RuleCategory.documentation
    let defaultSeverity = Severity.warning
    let summary = "A waiver has expired and no longer applies."
    let rationale = """
        A waiver accepts a risk for a while, until a planned fix lands. Once it expires, the risk \
        is back in the review and the plan needs a new date or the fix. Google SRE book, chapter 3 \
        "Embracing Risk" (error budgets as explicit, time-bound risk acceptance).
        """
    let phase = RulePhase.waivers

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        context.waiverStatuses.compactMap { status in
            guard status.state == .expired, let expires = status.waiver.expires else { return nil }
            let waiver = status.waiver
            return RuleViolation(
                subject: .waiver(rule: waiver.rule, target: waiver.target),
                message:
                    "the waiver of \(waiver.rule) on \(waiver.target) expired on \(expires) (today is "
                    + "\(context.today)), so the finding counts again; it said: \(waiver.reason)",
                fix: "fix what \(waiver.rule) reports on \(waiver.target), or renew the waiver with a new expires date",
                location: waiver.location
            )
        }
    }
}
