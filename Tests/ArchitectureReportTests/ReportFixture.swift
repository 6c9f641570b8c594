import ArchitectTestSupport
import ArchitectureAssessment
import ArchitectureLoading
import ArchitectureModel
import ArchitectureReport
import ArchitectureSimulation
import Foundation
import Testing

/// Example and hand-written models, their assessments at a fixed review date, and golden file paths.
enum ReportFixture {
    static let today = CalendarDate(year: 2026, month: 6, day: 1)
    static let examples = ["food-delivery.yaml", "legacy.yaml", "metastable.yaml", "shop.yaml"]

    static func example(_ name: String) throws -> SystemModel {
        // Named as a user in the repository would give it, so golden files hold no checkout path.
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent(name))
        let result = ModelLoader.load(data: data, file: "Examples/\(name)")
        return try #require(result.model, "\(name) does not load")
    }

    static func model(_ yaml: String) throws -> SystemModel {
        let result = ModelLoader.load(text: yaml, file: "test.yaml")
        return try #require(result.model, "\(result.diagnostics)")
    }

    static func assessment(_ model: SystemModel) throws -> Assessment {
        try Assessment(model: model, today: today)
    }

    /// A small seeded baseline run: cheap in a debug build, the same numbers every time.
    static func simulation(_ model: SystemModel) throws -> SimulationResult {
        try Simulation(model).run(Simulation.baseline, options: SimulationOptions(seed: 7, window: .requests(2_000)))
    }

    static func golden(_ name: String) -> URL {
        RepositoryPaths.root.appendingPathComponent("Tests/ArchitectureReportTests/__Snapshots__/\(name)")
    }

    /// Two teams, one gateway at half utilization with growth 10, a single-replica database.
    /// api: 100 rps x 10 ms on 2 workers = 0.5; it saturates at 2x peak, before the 10x planned.
    static let teams = """
        architect: 1
        system:
          name: teams
          description: "Payments <script>alert('x')</script> & co"
          requirements: {peak_rps: 100, growth: 10, availability: 99.9%}
        zones: {names: [a, b]}
        services:
          api:
            kind: gateway
            label: "Edge <b>API</b> \\"v2\\" & co"
            team: edge
            replicas: 2
            zones: [a, b]
            service_time: 10ms
            concurrency: 1
            cost_per_replica: 100
            calls:
              - {to: ledger, timeout: 200ms}
          ledger:
            team: money
            replicas: 2
            zones: [a, b]
            service_time: 1ms
            cost_per_replica: 50
            uses: [ledger-db]
        datastores:
          ledger-db: {kind: postgres, owner: ledger, replicas: 1, zones: [a], cost_per_replica: 200}
        workflows:
          pay: {entry: api, share: 100%}
        """
}
