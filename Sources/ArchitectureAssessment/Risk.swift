public import ArchitectureModel
public import ArchitectureReview

/// One entry of the risk register: a review finding with a likelihood and an impact from the analysis.
public struct Risk: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case low, medium, high, critical

        /// low 1–4, medium 5–9, high 10–14, critical 15–25.
        init(score: Int) {
            switch score {
            case ..<5: self = .low
            case ..<10: self = .medium
            case ..<15: self = .high
            default: self = .critical
            }
        }
    }

    public enum Status: Sendable, Hashable {
        case open
        /// Waived: accepted with the waiver's reason, until its expiry (nil = no expiry).
        case accepted(reason: String, expires: CalendarDate?)

        public var name: String {
            switch self {
            case .open: "open"
            case .accepted: "accepted"
            }
        }
    }

    /// `R1`, `R2`, … in register order.
    public var id: String
    public var finding: Finding
    public var category: RuleCategory?
    /// 1–5: how likely it bites.
    public var likelihood: Int
    /// Why that likelihood: the severity or the analysis figure it comes from.
    public var likelihoodBasis: String
    /// 1–5: how much it hurts when it does.
    public var impact: Int
    public var impactBasis: String
    /// The `team` of the service responsible for the target; nil when the model names none.
    public var owner: String?
    public var status: Status

    /// likelihood x impact, 1–25.
    public var score: Int { likelihood * impact }
    public var level: Level { Level(score: score) }
    /// The finding's fix.
    public var mitigation: String { finding.fix }
}
