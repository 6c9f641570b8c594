import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite(.serialized) struct GrafanaDashboardGeneratorTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    @Test func checkoutDashboardMatchesGoldenFile() throws {
        let generation = GeneratedFixture.generate(GrafanaDashboardGenerator.self, try GeneratedFixture.example())
        #expect(
            generation.files.map(\.path) == [
                "grafana/browse.json", "grafana/add-to-cart.json", "grafana/checkout.json",
            ]
        )
        let checkout = try #require(generation.files.last)
        Golden.assertMatches(
            checkout.contents,
            file: Self.snapshots.appendingPathComponent("grafana-shop-checkout.json")
        )
    }

    /// No Grafana server runs offline: jq checks the structure, and promtool parses every panel query
    /// (wrapped as recording rules), as docs/generate.md explains.
    @Test(
        .enabled(
            if: ExternalTools.available("jq") && ExternalTools.available("promtool"),
            "apt-get install jq prometheus"
        )
    )
    func panelsAreWellFormedAndQueriesParse() async throws {
        let generation = GeneratedFixture.generate(GrafanaDashboardGenerator.self, try GeneratedFixture.example())
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let structure = await ValidatorQueue.run(
            "jq",
            [
                "-e",
                #"(.panels | length == 5) and all(.panels[]; (.targets | length > 0) and .gridPos.w > 0 and .datasource.uid == "${datasource}")"#,
            ] + written.files.map(\.path)
        )
        #expect(structure.status == 0, "\(structure.stdout)\(structure.stderr)")

        var rules: [JSONValue] = []
        for file in written.files {
            let dashboard = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            )
            for panel in dashboard["panels"] as? [[String: Any]] ?? [] {
                for target in panel["targets"] as? [[String: Any]] ?? [] {
                    let expression = try #require(target["expr"] as? String)
                    rules.append(["record": .string("architect:panel_\(rules.count)"), "expr": .string(expression)])
                }
            }
        }
        let rulesFile = written.directory.appendingPathComponent("panels.rules.yaml")
        try YAMLRendering.render(["groups": [["name": "panels", "rules": .array(rules)]]])
            .write(to: rulesFile, atomically: true, encoding: .utf8)
        let result = await ValidatorQueue.run("promtool", ["check", "rules", rulesFile.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("SUCCESS: \(rules.count) rules found"), "\(result.stdout)")
    }
}
