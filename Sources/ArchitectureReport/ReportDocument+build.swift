import ArchitectureAnalysis
public import ArchitectureAssessment
import ArchitectureModel
import ArchitectureOutput
import ArchitectureReview
public import ArchitectureSimulation

extension ReportDocument {
    /// Every section of the report from the assessment's figures; nothing here computes a figure anew.
    /// - Parameter simulation: a baseline run to show beside the analysis; nil leaves the section out.
    public init(_ assessment: Assessment, diagrams: ReportDiagrams, source: String, simulation: SimulationResult? = nil)
    {
        let model = assessment.model
        title = "Architecture report: \(model.system.name)"
        subtitle = model.system.description
        let requirements = model.system.requirements
        facts = [
            ("model", source),
            ("reviewed on", assessment.today.description),
            ("peak", "\(NumberText.decimal(assessment.analysis.peakRPS)) requests/s"),
            ("growth planned", "\(NumberText.decimal(assessment.analysis.growth))x"),
        ]
        if let availability = requirements.availability {
            facts.append(("availability target", NumberText.percent(availability)))
        }
        if let latency = requirements.latencyP99 {
            facts.append(("p99 target", "\(NumberText.decimal(latency.seconds * 1000)) ms"))
        }
        let builder = ReportSectionBuilder(assessment: assessment, diagrams: diagrams)
        sections = [
            builder.scorecard(), builder.architecture(), builder.workflows(), builder.availability(),
            builder.capacity(), builder.scalability(), builder.zoneOutages(),
        ]
        if let simulation { sections.append(ReportSectionBuilder.simulation(simulation)) }
        sections += [builder.findings(), builder.risks(), builder.decisions()]
    }
}
