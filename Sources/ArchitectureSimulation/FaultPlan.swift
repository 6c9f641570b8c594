import ArchitectureModel

/// A scenario's faults resolved to component and zone indices.
struct FaultPlan {
    enum Effect {
        case zoneOutage(zone: Int)
        case crash(station: Int, replicas: Int?)
        case latency(station: Int, add: Double)
        case errors(station: Int, rate: Double)
        case loadSpike(factor: Double)
    }

    struct Entry {
        var effect: Effect
        var start: Double
        /// nil = the rest of the run.
        var end: Double?
    }

    var entries: [Entry] = []

    init(_ scenario: Scenario, plan: SimulationPlan) throws(SimulationError) {
        func station(_ name: String) throws(SimulationError) -> Int {
            guard let index = plan.names.firstIndex(of: name) else {
                throw .unknownTarget(scenario: scenario.name, target: name)
            }
            return index
        }
        for fault in scenario.faults {
            let effect: Effect
            switch fault.kind {
            case .zoneOutage(let zone):
                guard let index = plan.zoneNames.firstIndex(of: zone) else {
                    throw .unknownZone(scenario: scenario.name, zone: zone)
                }
                effect = .zoneOutage(zone: index)
            case .crash(let target, let replicas): effect = .crash(station: try station(target), replicas: replicas)
            case .latency(let target, let add): effect = .latency(station: try station(target), add: add.seconds)
            case .errors(let target, let rate): effect = .errors(station: try station(target), rate: rate)
            case .loadSpike(let factor): effect = .loadSpike(factor: factor)
            }
            entries.append(
                Entry(
                    effect: effect,
                    start: fault.at.seconds,
                    end: fault.duration.map { fault.at.seconds + $0.seconds }
                )
            )
        }
    }
}
