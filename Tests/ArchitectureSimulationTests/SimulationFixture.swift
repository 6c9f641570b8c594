import ArchitectureLoading
import ArchitectureModel
import ArchitectureSimulation
import Foundation
import Testing

/// Loads a model written in the test; it must load without errors.
func loadModel(_ yaml: String) throws -> SystemModel {
    let result = ModelLoader.load(text: yaml, file: "test.yaml")
    let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
    try #require(errors.isEmpty, "\(errors)")
    return try #require(result.model)
}

/// Runs one scenario of a model written in the test (`baseline` when none is named).
func simulate(
    _ yaml: String,
    scenario: String = "baseline",
    options: SimulationOptions = SimulationOptions()
) throws -> SimulationResult {
    let simulation = Simulation(try loadModel(yaml))
    let scenarios = try simulation.scenarios(named: scenario)
    return try simulation.run(try #require(scenarios.first), options: options)
}

extension SimulationResult {
    func workflow(_ name: String) throws -> WorkflowOutcome {
        try #require(workflows.first { $0.name == name }, "no workflow \(name)")
    }

    func component(_ name: String) throws -> ComponentOutcome {
        try #require(components.first { $0.name == name }, "no component \(name)")
    }
}

/// Statistical tests need millions of events: they run in release builds (`swift test -c release`),
/// or in debug with SIMULATION_STATISTICS=1.
enum StatisticalTests {
    static var enabled: Bool {
        #if DEBUG
        ProcessInfo.processInfo.environment["SIMULATION_STATISTICS"] == "1"
        #else
        true
        #endif
    }
}

/// M/M/c theory written out here, independently of the analysis target: Erlang C from the textbook
/// sum, C = (a^c / c!) / (1 - rho) / (sum_{k<c} a^k / k! + (a^c / c!) / (1 - rho)), W = C S / (c - a) + S.
enum Theory {
    static func meanResponse(arrivalRate: Double, serviceTime: Double, servers: Int) -> Double {
        let offered = arrivalRate * serviceTime
        let rho = offered / Double(servers)
        var term = 1.0
        var sum = 0.0
        for k in 0..<servers {
            sum += term
            term *= offered / Double(k + 1)
        }
        let last = term / (1 - rho)
        let waiting = last / (sum + last)
        return waiting * serviceTime / (Double(servers) - offered) + serviceTime
    }
}
