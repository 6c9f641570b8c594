import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite struct OpenTelemetryGeneratorTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    /// No Collector binary is available offline (docs/generate.md), so a reviewed golden file guards it.
    @Test(arguments: ["shop", "food-delivery"])
    func matchesGoldenFiles(_ example: String) throws {
        let generation = GeneratedFixture.generate(
            OpenTelemetryGenerator.self,
            try GeneratedFixture.example("\(example).yaml")
        )
        let combined = generation.files.map { "# ==> \($0.path) <==\n\($0.contents)" }.joined(separator: "\n")
        Golden.assertMatches(combined, file: Self.snapshots.appendingPathComponent("otel-\(example).txt"))
    }

    @Test func tailSamplingKeepsErrorsAndSlowTracesPerWorkflow() throws {
        let generation = GeneratedFixture.generate(OpenTelemetryGenerator.self, try GeneratedFixture.example())
        let collector = try #require(try GeneratedFixture.documents(generation, under: "otel/collector").first)
        let policies = try #require(
            GeneratedFixture.value(collector, ["processors", "tail_sampling", "policies"]) as? [[String: Any]]
        )
        #expect(
            policies.map { $0["name"] as? String } == [
                "errors", "slow-browse", "slow-add-to-cart", "slow-checkout", "baseline",
            ]
        )
        let checkout = try #require(GeneratedFixture.value(policies[3], ["and", "and_sub_policy"]) as? [[String: Any]])
        #expect(GeneratedFixture.value(checkout[1], ["latency", "threshold_ms"]) as? Int == 1500)
        #expect(
            GeneratedFixture.value(collector, ["service", "pipelines", "traces", "processors"]) as? [String] == [
                "memory_limiter", "tail_sampling", "batch",
            ]
        )
        let psp = generation.files.contains { $0.path == "otel/psp.env" }
        #expect(!psp, "external services get no SDK environment")
    }
}
