public import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReview

extension DecisionRecord {
    /// Proposed records drafted from the most important open risks: highest score first, one per rule,
    /// medium or above, documentation findings left out (they are about records, not the system).
    public static func proposals(from register: RiskRegister, firstNumber: Int, limit: Int = 5) -> [DecisionRecord] {
        var rules: Set<String> = []
        var chosen: [Risk] = []
        for risk in register.open where chosen.count < limit {
            guard risk.level != .low, risk.category != .documentation, !rules.contains(risk.finding.rule) else {
                continue
            }
            rules.insert(risk.finding.rule)
            chosen.append(risk)
        }
        return chosen.enumerated().map { offset, risk in proposal(risk, number: firstNumber + offset) }
    }

    private static func proposal(_ risk: Risk, number: Int) -> DecisionRecord {
        let finding = risk.finding
        let location = finding.location.map { " (\($0.file):\($0.line))" } ?? ""
        var context =
            "`architect review` reports `\(finding.rule)` (\(finding.severity.rawValue)) on "
            + "`\(finding.target)`\(location): \(finding.message)."
        if let rationale = RuleCatalog.entry(finding.rule)?.rationale { context += "\n\n" + rationale }
        context +=
            "\n\nRisk \(risk.id) of the risk register: score \(risk.score) (\(risk.level.rawValue)), "
            + "likelihood \(risk.likelihood) (\(risk.likelihoodBasis)), impact \(risk.impact) (\(risk.impactBasis))."
        let waiver = "Accept the risk: waive `\(finding.rule)` on `\(finding.target)` with a reason and an expiry date"
        return DecisionRecord(
            number: number,
            title: "Resolve \(finding.rule) on \(finding.target)",
            status: .proposed,
            context: context,
            options: [capitalized(finding.fix), waiver],
            decision: "Chosen option: \"\(capitalized(finding.fix))\", because it removes a \(risk.level.rawValue) "
                + "risk (\(risk.id), score \(risk.score)) that a waiver would only accept.",
            consequences: [
                "Good, because `architect review` no longer reports `\(finding.rule)` on `\(finding.target)` and "
                    + "\(risk.id) leaves the risk register.",
                "Bad, because the model and the deployment change: run `architect analyze` on the changed model "
                    + "to see the effect on cost and capacity before accepting this record.",
            ],
            source: "drafted by `architect adr --propose` from the finding `\(finding.id)`"
        )
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
