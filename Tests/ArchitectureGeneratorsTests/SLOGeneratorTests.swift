import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing
import Yams

@Suite(.serialized) struct SLOGeneratorTests {
    @Test func workbookTableForThirtyDays() {
        let table = BurnRateAlert.workbook(window: TimeSpan(seconds: 30 * 86_400))
        #expect(table.map(\.factor) == [14.4, 6, 3, 1])
        #expect(table.map(\.longWindow.description) == ["1h", "6h", "1d", "3d"])
        #expect(table.map(\.shortWindow.description) == ["5m", "30m", "2h", "6h"])
        #expect(table.map(\.severity) == ["page", "page", "ticket", "ticket"])
        // The same budget shares over 28 days.
        #expect(
            BurnRateAlert.workbook(window: TimeSpan(seconds: 28 * 86_400)).map(\.factor) == [13.44, 5.6, 2.8, 0.933]
        )
    }

    @Test func rulesUseSlothNames() throws {
        let generation = GeneratedFixture.generate(SLOGenerator.self, try GeneratedFixture.example())
        #expect(generation.files.map(\.path) == ["slo/prometheus-rules.yaml", "slo/sloth.yaml", "slo/openslo.yaml"])
        let rules = try #require(generation.files.first?.contents)
        for record in [
            "slo:sli_error:ratio_rate5m", "slo:sli_error:ratio_rate30d", "slo:objective:ratio",
            "slo:error_budget:ratio",
            "slo:current_burn_rate:ratio", "slo:period_error_budget_remaining:ratio", "sloth_slo_info",
        ] {
            #expect(rules.contains("record: \(record)\n"), "\(record)")
        }
        #expect(rules.contains("sloth_id: shop-checkout-availability"))
        let sloth = try #require(try Yams.load(yaml: generation.files[1].contents) as? [String: Any])
        #expect(sloth["version"] as? String == "prometheus/v1")
        let openSLO = try Yams.load_all(yaml: generation.files[2].contents).compactMap { $0 as? [String: Any] }
        #expect(openSLO.map { $0["kind"] as? String } == ["Service", "SLO", "SLO", "SLO"])
        #expect(openSLO.allSatisfy { $0["apiVersion"] as? String == "openslo/v1" })
    }

    @Test func warnsWhenTheTargetIsAboveWhatDependenciesDeliver() throws {
        var model = try GeneratedFixture.example()
        let index = try #require(model.workflows.firstIndex { $0.name == "checkout" })
        model.workflows[index].availability = 0.999_999
        let warnings = GeneratedFixture.generate(SLOGenerator.self, model).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("checkout: SLO target 99.9999% is above the 99.9997% ") == true)
        #expect(GeneratedFixture.generate(SLOGenerator.self, try GeneratedFixture.example()).warnings.isEmpty)
    }

    @Test(
        .enabled(if: ExternalTools.available("promtool"), "apt-get install prometheus"),
        arguments: ["shop.yaml", "food-delivery.yaml", "legacy.yaml"]
    )
    func passesPromtoolCheckRules(_ example: String) async throws {
        let generation = GeneratedFixture.generate(SLOGenerator.self, try GeneratedFixture.example(example))
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let rules = written.files.filter { $0.lastPathComponent == "prometheus-rules.yaml" }
        try #require(!rules.isEmpty)
        let result = await ValidatorQueue.run("promtool", ["check", "rules"] + rules.map(\.path))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// Synthetic Istio counters at the checkout entry (gateway, target 99.95%, budget 0.05%): a burn of
    /// 14.5x over both page windows pages; 1x, and a 14.5x spike that only the 5m window sees, do not.
    @Test(.enabled(if: ExternalTools.available("promtool"), "apt-get install prometheus"))
    func pageAlertFiresAboveFourteenPointFourTimesAndStaysSilentAtOnce() async throws {
        let generation = GeneratedFixture.generate(SLOGenerator.self, try GeneratedFixture.example())
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let rules = try #require(try Yams.load(yaml: generation.files[0].contents) as? [String: Any])
        let page = try #require(
            (rules["groups"] as? [[String: Any]])?.flatMap { $0["rules"] as? [[String: Any]] ?? [] }
                .first { $0["alert"] as? String == "CheckoutErrorBudgetBurnPage" }
        )
        let annotations = try #require(page["annotations"] as? [String: String])
        let labels = try #require(page["labels"] as? [String: String])
        let expectedLabels = labels.merging([
            "sloth_id": "shop-checkout-availability", "sloth_service": "shop", "sloth_slo": "checkout-availability",
        ]) { first, _ in first }

        // Per minute: 100,000 requests, of which `errors` fail; 0.05% budget × 14.5 = 725, × 1 = 50.
        func series(errors: String, ok: String) -> JSONValue {
            let selector = #"istio_requests_total{reporter="destination",destination_workload="gateway",response_code="#
            return [
                ["series": .string(selector + #""500"}"#), "values": .string(errors)],
                ["series": .string(selector + #""200"}"#), "values": .string(ok)],
            ]
        }
        func test(_ input: JSONValue, fires: Bool) -> JSONValue {
            [
                "interval": "1m",
                "input_series": input,
                "alert_rule_test": [
                    [
                        "eval_time": "65m", "alertname": "CheckoutErrorBudgetBurnPage",
                        "exp_alerts": fires
                            ? [
                                [
                                    "exp_labels": .object(
                                        expectedLabels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }
                                    ),
                                    "exp_annotations": .object(
                                        annotations.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }
                                    ),
                                ]
                            ] : [],
                    ]
                ],
            ]
        }
        let unitTests: JSONValue = [
            "rule_files": [.string(written.files[0].path)],
            "evaluation_interval": "1m",
            "tests": [
                test(series(errors: "0+725x70", ok: "0+99275x70"), fires: true),
                test(series(errors: "0+50x70", ok: "0+99950x70"), fires: false),
                test(series(errors: "0+50x60 3725+725x10", ok: "0+99950x60 5997000+99275x10"), fires: false),
            ],
        ]
        let testFile = written.directory.appendingPathComponent("slo/prometheus-rules.test.yaml")
        try YAMLRendering.render(unitTests).write(to: testFile, atomically: true, encoding: .utf8)
        let result = await ValidatorQueue.run("promtool", ["test", "rules", testFile.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("SUCCESS"), "\(result.stdout)")
    }
}
