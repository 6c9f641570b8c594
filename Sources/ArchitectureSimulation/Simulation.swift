public import ArchitectureAnalysis
public import ArchitectureModel

/// The entry point: runs a model's scenarios (simulation.md) and returns their results.
public struct Simulation: Sendable {
    public let model: SystemModel
    /// The model compiled for the engine once; every scenario runs on it.
    let plan: SimulationPlan

    public init(_ model: SystemModel) {
        self.init(ModelGraph(model))
    }

    public init(_ graph: ModelGraph) {
        model = graph.model
        plan = SimulationPlan(graph)
    }

    /// The built-in `baseline`: no faults, load 1, 60 s.
    public static let baseline = Scenario(name: Scenario.baselineName)

    /// The scenarios a `--scenario` value names: one, or `all` (baseline first, then the model's in order).
    public func scenarios(named name: String) throws(SimulationError) -> [Scenario] {
        if name == "all" { return [Self.baseline] + model.scenarios }
        if name == Scenario.baselineName { return [Self.baseline] }
        guard let scenario = model.scenarios.first(where: { $0.name == name }) else {
            throw .unknownScenario(name, known: [Scenario.baselineName] + model.scenarios.map(\.name))
        }
        return [scenario]
    }

    /// Runs one scenario to the end: every request that arrived in the window has answered.
    /// `progress` (if given) hears the share of the arrival window simulated, now and then.
    public func run(
        _ scenario: Scenario,
        options: SimulationOptions = SimulationOptions(),
        progress: ((Double) -> Void)? = nil
    ) throws(SimulationError) -> SimulationResult {
        let faults = try FaultPlan(scenario, plan: plan)
        let rates = model.workflows.map { $0.share * model.system.requirements.peakRPS * scenario.load }
        let total = rates.reduce(0, +)
        guard total > 0 else { throw .noTraffic }
        let window: Double
        switch options.window {
        case .scenario: window = scenario.duration.seconds
        case .seconds(let seconds): window = seconds
        case .requests(let count): window = Double(count) / total
        }
        let clock = ContinuousClock()
        let started = clock.now
        var simulator = Simulator(plan: plan, faults: faults, rates: rates, window: window, options: options)
        let deadline = options.wallClockLimit.map { started + $0 }
        guard simulator.run(progress: progress, deadline: deadline) else {
            throw .wallClockLimit(seconds: options.wallClockLimit.map(Self.seconds) ?? 0)
        }
        let wall = Self.seconds(clock.now - started)
        return SimulationResult(
            model: model,
            scenario: scenario,
            seed: options.seed,
            simulator: simulator,
            wallSeconds: wall
        )
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
