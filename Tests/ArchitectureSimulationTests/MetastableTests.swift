import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureSimulation
import Foundation
import Testing

/// Examples/metastable.yaml: a 5 s latency spike (30 s to 35 s) leaves the stack without a retry
/// budget overloaded long after it ends, while the same stack with a budget recovers.
@Suite struct MetastableTests {
    @Test func retryBudgetDecidesWhetherTheSystemRecovers() throws {
        let path = RepositoryPaths.examples.appendingPathComponent("metastable.yaml").path
        let model = try #require(try ModelLoader.load(contentsOf: path).model)
        let simulation = Simulation(model)
        let scenario = try #require(try simulation.scenarios(named: "latency-spike").first)
        let result = try simulation.run(scenario)
        let afterTrigger = 35 + 60
        func rate(_ workflow: String) throws -> Double {
            let point = try #require(result.timeline.first { $0.t == afterTrigger && $0.workflow == workflow })
            return try #require(point.successRate)
        }
        #expect(try rate("no-budget") < 0.5)
        #expect(try rate("with-budget") > 0.99)
        // Before the spike both are healthy (second 29 already meets it: its late retries land in the spike).
        let before = result.timeline.filter { $0.t < 29 }
        #expect(before.allSatisfy { ($0.successRate ?? 0) > 0.99 })
    }
}
