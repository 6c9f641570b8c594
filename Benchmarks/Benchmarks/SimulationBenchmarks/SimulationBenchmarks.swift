import ArchitectureLoading
import ArchitectureSimulation
import Benchmark

/// The network of docs/simulation.md ("Speed"): a gateway of 4 workers, two services, a database,
/// every station at rho = 0.7. `timeout` adds a 2 s timeout to both calls (timers that never fire).
private func network(timeout: Bool) -> String {
    let limit = timeout ? ", timeout: 2s" : ""
    return """
        architect: 1
        system: {name: mmc, requirements: {peak_rps: 1000}}
        services:
          gateway: {kind: gateway, service_time: 2.8ms, concurrency: 4, calls: [{to: first\(limit)}, {to: second\(limit)}]}
          first: {service_time: 1.4ms, concurrency: 2}
          second: {service_time: 0.7ms, uses: [db]}
        datastores:
          db: {service_time: 0.7ms}
        workflows:
          request: {entry: gateway}
        """
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(20)
    for timeout in [false, true] {
        guard let model = ModelLoader.load(text: network(timeout: timeout), file: "network.yaml").model else {
            continue
        }
        let simulation = Simulation(model)
        Benchmark(
            "Simulation.mmcNetwork\(timeout ? ".timeouts" : "").100kRequests",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                maxIterations: 10
            )
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(
                    try simulation.run(Simulation.baseline, options: SimulationOptions(window: .requests(100_000)))
                )
            }
        }
    }
}
