public import ArchitectureAnalysis
public import ArchitectureDiagrams
public import ArchitectureModel
public import ArchitectureReview
public import ArchitectureSimulation

/// Everything Architect says about one model, each part computed once and in one direction: the
/// model's graph, then the analysis at today's peak and at the planned growth, then the review
/// (which reads that analysis), then the risk register (which reads both). Diagrams and the
/// simulation are drawn from the same graph on demand. The CLI, the MCP server and the report all
/// start from here.
public struct Assessment: Sendable {
    public let graph: ModelGraph
    public let analysis: AnalysisReport
    /// The same analysis with peak traffic multiplied by the model's growth (what `--peak-rps` would give).
    public let analysisAtGrowth: AnalysisReport
    public let review: ReviewReport
    public let risks: RiskRegister
    /// The date waivers were checked against.
    public let today: CalendarDate

    public var model: SystemModel { graph.model }

    public init(
        model: SystemModel,
        configuration: ReviewConfiguration = ReviewConfiguration(),
        today: CalendarDate
    ) throws(ZoneAvailability.TooManyZones) {
        try self.init(graph: ModelGraph(model), configuration: configuration, today: today)
    }

    public init(
        graph: ModelGraph,
        configuration: ReviewConfiguration = ReviewConfiguration(),
        today: CalendarDate
    ) throws(ZoneAvailability.TooManyZones) {
        self.graph = graph
        self.today = today
        let analyzer = try Analyzer(graph)
        analysis = analyzer.analyze()
        let requirements = graph.model.system.requirements
        analysisAtGrowth = analyzer.with(.init(peakRPS: requirements.peakRPS * requirements.growth)).analyze()
        review = Reviewer.review(graph, analysis: analysis, configuration: configuration, today: today)
        risks = RiskRegister(graph: graph, analysis: analysis, review: review)
    }

    /// Draws a view of the model from its graph.
    public func diagrams(
        _ view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions = .init()
    ) throws -> [RenderedDiagram] {
        try Diagrams.render(graph, view: view, format: format, options: options)
    }

    /// The model's simulation, compiled from its graph; run its scenarios as needed.
    public func simulation() -> Simulation { Simulation(graph) }
}
