public import Foundation

/// Why a simulation cannot run: the one operational error enum of this module.
public enum SimulationError: Error, Sendable, CustomStringConvertible, LocalizedError, Equatable {
    case unknownScenario(String, known: [String])
    case unknownTarget(scenario: String, target: String)
    case unknownZone(scenario: String, zone: String)
    case noTraffic
    case wallClockLimit(seconds: Double)

    public var description: String {
        switch self {
        case .unknownScenario(let name, let known):
            "unknown scenario `\(name)`; the model has: \(known.joined(separator: ", "))"
        case .unknownTarget(let scenario, let target):
            "scenario \(scenario): no service, datastore or broker named `\(target)`"
        case .unknownZone(let scenario, let zone):
            "scenario \(scenario): no zone named `\(zone)`"
        case .noTraffic:
            "no traffic to simulate: requirements.peak_rps is 0 or no workflow has a share; set peak_rps"
        case .wallClockLimit(let seconds):
            "the simulation did not finish within \(seconds) s of wall time; ask for fewer requests or a shorter duration"
        }
    }

    public var errorDescription: String? { description }
}
