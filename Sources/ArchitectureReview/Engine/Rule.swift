package import ArchitectureModel

/// One check of the catalog: what it is, why it matters, and the check itself.
///
/// A rule is a small value type in `Rules/`. Its id never changes meaning once released.
package protocol Rule: Sendable {
    var id: String { get }
    var category: RuleCategory { get }
    var defaultSeverity: Severity { get }
    /// One line: what fires it.
    var summary: String { get }
    /// Why it hurts in production, with a reference to the pattern literature.
    var rationale: String { get }
    var parameters: [RuleParameter] { get }
    /// Model rules run first; waiver rules then read which waivers applied.
    var phase: RulePhase { get }

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation]
}

package enum RulePhase: Sendable {
    case model, waivers
}

extension Rule {
    package var parameters: [RuleParameter] { [] }
    package var phase: RulePhase { .model }

    /// The public description of this rule, as `architect rules` prints it.
    package var info: RuleInfo {
        RuleInfo(
            id: id,
            category: category,
            severity: defaultSeverity,
            summary: summary,
            rationale: rationale,
            parameters: parameters
        )
    }
}
