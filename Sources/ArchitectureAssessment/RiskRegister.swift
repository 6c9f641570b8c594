public import ArchitectureAnalysis
import ArchitectureModel
public import ArchitectureReview

/// Review findings merged with the analysis into risks, highest score first (docs/report.md defines
/// the scales). Every figure comes from the analysis and review reports; nothing is recomputed.
public struct RiskRegister: Sendable {
    public var system: String
    public var risks: [Risk]

    public init(graph: ModelGraph, analysis: AnalysisReport, review: ReviewReport) {
        system = graph.model.system.name
        let evidence = RiskEvidence(graph: graph, analysis: analysis)
        let unsorted = review.findings.map { evidence.risk(for: $0) }
        // Stable: equal scores keep the review's order (severity, rule, target).
        let sorted = unsorted.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
        risks = sorted.enumerated().map { position, entry in
            var risk = entry.element
            risk.id = "R\(position + 1)"
            return risk
        }
    }

    /// Risks that are not accepted, highest score first.
    public var open: [Risk] { risks.filter { $0.status == .open } }
}
