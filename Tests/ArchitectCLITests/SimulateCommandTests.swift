import ArchitectTestSupport
import Foundation
import Testing

@Suite struct SimulateCommandTests {
    /// Every field simulation.md names, sorted as it says, and the same bytes for the same seed.
    @Test func jsonHasEveryFieldOfTheContract() throws {
        let arguments = ["simulate", "--format", "json", "--duration", "5s", "Examples/shop.yaml"]
        let result = try Architect.run(arguments, in: RepositoryPaths.root)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "format", "system", "scenario", "seed", "simulated_seconds", "requests", "events", "wall_seconds",
            "workflows", "components", "timeline",
        ] {
            #expect(document[key] != nil, "missing \(key)")
        }
        let workflows = try #require(document["workflows"] as? [[String: Any]])
        let names = workflows.map { $0["name"] as? String ?? "" }
        #expect(names == names.sorted())
        for workflow in workflows {
            for key in [
                "requests", "succeeded", "degraded", "failed", "success_rate", "latency_ms", "availability_target",
                "error_budget_burned", "latency_p99_target_ms", "meets_latency_p99",
            ] {
                #expect(workflow.keys.contains(key), "workflow lacks \(key)")
            }
        }
        let components = try #require(document["components"] as? [[String: Any]])
        for component in components {
            for key in [
                "name", "type", "utilization", "mean_queue", "completed", "timeouts", "retries", "rejections",
                "breaker_openings",
            ] {
                #expect(component.keys.contains(key), "component lacks \(key)")
            }
        }
        let timeline = try #require(document["timeline"] as? [[String: Any]])
        #expect(timeline.count == 5 * workflows.count)
        let again = try Architect.run(arguments, in: RepositoryPaths.root)
        func withoutWallTime(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"wall_seconds\"") }.joined(separator: "\n")
        }
        #expect(withoutWallTime(again.stdout) == withoutWallTime(result.stdout))
    }

    @Test func allScenariosPrintAnArrayBaselineFirst() throws {
        let result = try Architect.run(
            ["simulate", "--format", "json", "--scenario", "all", "--duration", "2s", "Examples/shop.yaml"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        )
        #expect(documents.first?["scenario"] as? String == "baseline")
        #expect(documents.count == 4)
    }

    @Test func exitStatusFollowsTheVerdict() throws {
        let fixture = "Tests/ArchitectCLITests/Fixtures/failing-dependency.yaml"
        let failing = try Architect.run(
            ["simulate", "--scenario", "back-errors", "--fail-on-verdict", fixture],
            in: RepositoryPaths.root
        )
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(failing.stdout.contains("go"))
        let baseline = try Architect.run(["simulate", "--fail-on-verdict", fixture], in: RepositoryPaths.root)
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let unknown = try Architect.run(
            ["simulate", "--scenario", "nope", "Examples/shop.yaml"],
            in: RepositoryPaths.root
        )
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown scenario `nope`"))
    }
}
