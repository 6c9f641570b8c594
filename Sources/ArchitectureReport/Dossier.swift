public import ArchitectureAnalysis
public import ArchitectureModel
public import ArchitectureReview

/// Everything a report shows about one model, computed once by the analysis and review libraries:
/// the analysis at today's peak and at the planned growth, the review, and the risk register.
public struct Dossier: Sendable {
    public var model: SystemModel
    public var analysis: AnalysisReport
    /// The same analysis with peak traffic multiplied by the model's growth (what `--peak-rps` would give).
    public var analysisAtGrowth: AnalysisReport
    public var review: ReviewReport
    public var risks: RiskRegister
    /// The date waivers were checked against.
    public var today: CalendarDate

    public init(
        model: SystemModel,
        configuration: ReviewConfiguration = ReviewConfiguration(),
        today: CalendarDate
    ) throws(ZoneAvailability.TooManyZones) {
        self.model = model
        self.today = today
        analysis = try Analyzer(model).analyze()
        let requirements = model.system.requirements
        analysisAtGrowth = try Analyzer(model, options: .init(peakRPS: requirements.peakRPS * requirements.growth))
            .analyze()
        review = Reviewer.review(model, configuration: configuration, today: today)
        risks = RiskRegister(model: model, analysis: analysis, review: review)
    }

    /// The model's decisions, then with `propose` the records drafted from the top open risks.
    public func decisionRecords(propose: Bool) -> [DecisionRecord] {
        var records = model.decisions.enumerated().map { DecisionRecord($1, position: $0) }
        if propose {
            let next = (model.decisions.map(\.id).max() ?? 0) + 1
            records += DecisionRecord.proposals(from: risks, firstNumber: next)
        }
        return records
    }
}
