import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureReview

extension ReportDocument {
    /// Every section of the report from the dossier's figures; nothing here computes a figure anew.
    public init(_ dossier: Dossier, diagrams: ReportDiagrams, source: String) {
        let model = dossier.model
        title = "Architecture report: \(model.system.name)"
        subtitle = model.system.description
        let requirements = model.system.requirements
        facts = [
            ("model", source),
            ("reviewed on", dossier.today.description),
            ("peak", "\(Wording.number(dossier.analysis.peakRPS)) requests/s"),
            ("growth planned", "\(Wording.number(dossier.analysis.growth))x"),
        ]
        if let availability = requirements.availability {
            facts.append(("availability target", Wording.percent(availability)))
        }
        if let latency = requirements.latencyP99 {
            facts.append(("p99 target", "\(Wording.number(latency.seconds * 1000)) ms"))
        }
        let builder = ReportSectionBuilder(dossier: dossier, diagrams: diagrams)
        sections = [
            builder.scorecard(), builder.architecture(), builder.workflows(), builder.availability(),
            builder.capacity(), builder.scalability(), builder.zoneOutages(), builder.findings(), builder.risks(),
            builder.decisions(),
        ]
    }
}
