import ArchitectureSimulation
import Foundation
import Testing

/// The simulator against queueing theory (release builds; see `StatisticalTests.enabled`).
@Suite(.enabled(if: StatisticalTests.enabled)) struct TheoryTests {
    /// The benchmark network: a gateway of 4 workers, then two services, the second with a database;
    /// every station at rho = 0.7. Feed-forward with Poisson arrivals and asynchronous servers, it is
    /// an open Jackson network: mean end-to-end response = the sum of the stations' M/M/c responses.
    static let network = """
        architect: 1
        system: {name: mmc, requirements: {peak_rps: 1000}}
        services:
          gateway: {kind: gateway, service_time: 2.8ms, concurrency: 4, calls: [{to: first}, {to: second}]}
          first: {service_time: 1.4ms, concurrency: 2}
          second: {service_time: 0.7ms, uses: [db]}
        datastores:
          db: {service_time: 0.7ms}
        workflows:
          request: {entry: gateway}
        """

    @Test func meanResponseMatchesJacksonWithinTheConfidenceInterval() throws {
        let result = try simulate(Self.network, options: SimulationOptions(seed: 1, window: .requests(2_000_000)))
        let batches = try result.workflow("request").batchMeans
        #expect(batches.count == 20)
        let mean = batches.reduce(0, +) / Double(batches.count)
        let variance = batches.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(batches.count - 1)
        // Student t, 19 degrees of freedom, 97.5%.
        let halfWidth = 2.093 * (variance / Double(batches.count)).squareRoot()
        let theory =
            Theory.meanResponse(arrivalRate: 1000, serviceTime: 0.0028, servers: 4)
            + Theory.meanResponse(arrivalRate: 1000, serviceTime: 0.0014, servers: 2)
            + Theory.meanResponse(arrivalRate: 1000, serviceTime: 0.0007, servers: 1)
            + Theory.meanResponse(arrivalRate: 1000, serviceTime: 0.0007, servers: 1)
        #expect(halfWidth / mean < 0.01, "CI half width \(halfWidth / mean * 100)%")
        #expect(
            abs(mean - theory) <= halfWidth,
            "simulated \(mean * 1000) ms, theory \(theory * 1000) ms ± \(halfWidth * 1000)"
        )
        for station in ["gateway", "first", "second", "db"] {
            let utilization = try #require(try result.component(station).utilization)
            #expect(abs(utilization - 0.7) < 0.01, "\(station): \(utilization)")
        }
    }

    /// L = lambda W at every station: time-averaged number present vs arrival rate x mean sojourn.
    @Test func littlesLawHoldsAtEveryStation() throws {
        let result = try simulate(Self.network, options: SimulationOptions(seed: 12, window: .seconds(300)))
        for component in result.components {
            let both = (component.meanPresent, component.arrivalsTimesSojourn)
            #expect(abs(both.0 - both.1) <= 0.01 * both.1, "\(component.name): L \(both.0), lambda W \(both.1)")
        }
    }
}
