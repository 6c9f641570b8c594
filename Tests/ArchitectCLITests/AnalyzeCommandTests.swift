import ArchitectTestSupport
import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    /// Every field analysis.md names, at every level, with a JSON type that fits it.
    @Test(arguments: ["shop.yaml", "food-delivery.yaml", "legacy.yaml"])
    func jsonHasEveryFieldOfTheContract(_ example: String) throws {
        let result = try Architect.run(
            ["analyze", "--format", "json", "Examples/\(example)"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? Int == 1)
        for key in ["system", "peak_rps", "growth", "components", "workflows", "cost", "notes"] {
            #expect(document[key] != nil, "missing \(key)")
        }
        let components = try #require(document["components"] as? [[String: Any]])
        #expect(
            components.map { $0["name"] as? String ?? "" } == components.map { $0["name"] as? String ?? "" }.sorted()
        )
        let componentKeys = [
            "name", "type", "kind", "replicas", "zones", "availability", "load_rps", "servers", "utilization",
            "saturated",
            "mean_response_ms", "replicas_needed", "replicas_needed_at_growth",
        ]
        for component in components {
            for key in componentKeys { #expect(component.keys.contains(key), "component lacks \(key)") }
            #expect(["service", "datastore", "broker"].contains(component["type"] as? String ?? ""))
        }
        let workflows = try #require(document["workflows"] as? [[String: Any]])
        let workflowKeys = [
            "name", "entry", "load_rps", "availability", "availability_target", "meets_availability",
            "downtime_minutes_per_month", "error_budget_minutes_per_month", "hard_dependencies", "mean_latency_ms",
            "latency_p99_target_ms", "max_attempts", "worst_retry_path",
        ]
        for workflow in workflows {
            for key in workflowKeys { #expect(workflow.keys.contains(key), "workflow lacks \(key)") }
            let availability = try #require(workflow["availability"] as? Double)
            let downtime = try #require(workflow["downtime_minutes_per_month"] as? Double)
            #expect(abs(downtime - (1 - availability) * 43_200) < 1e-6)
        }
        let cost = try #require(document["cost"] as? [String: Any])
        for key in ["monthly", "monthly_at_growth", "budget_monthly", "within_budget"] {
            #expect(cost.keys.contains(key), "cost lacks \(key)")
        }
    }

    @Test func legacyTextHighlightsNothingWithoutATerminal() throws {
        let result = try Architect.run(["analyze", "Examples/legacy.yaml"], in: RepositoryPaths.root)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("hotels"))
        #expect(result.stdout.contains("saturated"))
        #expect(result.stdout.contains("zone a down: book-trip, manage-booking, search-trips fail"))
    }

    @Test func markdownIsATable() throws {
        let result = try Architect.run(
            ["analyze", "--format", "markdown", "Examples/shop.yaml"],
            in: RepositoryPaths.root
        )
        #expect(result.stdout.hasPrefix("# Analysis of shop\n"))
        #expect(result.stdout.contains("| workflow | entry |"))
    }

    @Test func invalidModelExitsTwo() throws {
        let typos = CheckCommandTests.fixtures.appendingPathComponent("typos.yaml").path
        let result = try Architect.run(["analyze", typos], in: RepositoryPaths.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown service `order`"))
    }

    @Test func whatIfOverridesChangeTheLoad() throws {
        let result = try Architect.run(
            ["analyze", "--format", "json", "--peak-rps", "4000", "Examples/shop.yaml"],
            in: RepositoryPaths.root
        )
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["peak_rps"] as? Double == 4000)
        let bad = try Architect.run(["analyze", "--growth", "0", "Examples/shop.yaml"], in: RepositoryPaths.root)
        #expect(bad.status != 0)
    }
}
