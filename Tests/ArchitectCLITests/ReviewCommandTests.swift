import ArchitectTestSupport
import Foundation
import Testing

/// `architect review` and `architect rules` run as a user would: output, exit status, configuration.
/// Serialized: each test blocks a thread on a child process, so one at a time leaves the others free.
@Suite(.serialized) struct ReviewCommandTests {
    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-review-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func goodExampleExitsZeroAndFlawedOneExitsOne() throws {
        let shop = try Architect.run(
            ["review", "Examples/shop.yaml", "--today", "2026-06-01"],
            in: RepositoryPaths.root
        )
        #expect(shop.status == 0, "\(shop.stdout)\(shop.stderr)")
        #expect(shop.stdout.hasSuffix("shop: 0 errors, 2 warnings, 3 info, 1 waived\n"))
        #expect(!shop.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let legacy = try Architect.run(["review", "Examples/legacy.yaml"], in: RepositoryPaths.root)
        #expect(legacy.status == 1)
    }

    @Test(arguments: [("error", Int32(0)), ("warning", 1), ("info", 1), ("never", 0)])
    func failOnSetsTheExitStatus(_ threshold: String, _ status: Int32) throws {
        let result = try Architect.run(
            ["review", "Examples/shop.yaml", "--fail-on", threshold, "--format", "json"],
            in: RepositoryPaths.root
        )
        #expect(result.status == status)
    }

    /// `-o` naming a device writes through it: the atomic rename must not replace the device (or a
    /// link to it) by a regular file.
    @Test func outputToADeviceWritesThroughIt() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("sink")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        let result = try Architect.run(
            ["review", "Examples/shop.yaml", "--format", "json", "-o", link.path],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    /// `-o` naming a symbolic link replaces its target's content and keeps the link.
    @Test func outputThroughALinkKeepsTheLink() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("review.json")
        let link = directory.appendingPathComponent("latest.json")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let result = try Architect.run(
            ["review", "Examples/shop.yaml", "--format", "json", "-o", link.path],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(
            try String(contentsOf: target, encoding: .utf8).hasPrefix(
                "{\n  \"format\": 1,\n  \"system\": \"shop\",\n  \"findings\": ["
            )
        )
    }

    @Test func aModelThatDoesNotLoadExitsTwo() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "architect: 1\nsystem: {name: t}\nservices:\n  a: {replicas: zero}\n".write(
            to: directory.appendingPathComponent("broken.yaml"),
            atomically: true,
            encoding: .utf8
        )
        let broken = try Architect.run(["review", "broken.yaml"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.yaml:4:"))
        let missing = try Architect.run(["review", "missing.yaml"], in: directory)
        #expect(missing.status == 2)
    }

    @Test func jsonNamesTheFileAsGiven() throws {
        let result = try Architect.run(
            ["review", "Examples/legacy.yaml", "--format", "json", "--rule", "timeout-inversion"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(
            findings.map { $0["id"] as? String } == [
                "timeout-inversion:booking-api->pricing", "timeout-inversion:portal->booking-api",
            ]
        )
        let location = try #require(findings.last?["location"] as? [String: Any])
        #expect(location["file"] as? String == "Examples/legacy.yaml")
        #expect(location["line"] as? Int == 64)
        #expect(location["column"] as? Int == 9)
    }

    @Test func configurationOverridesSeverityParametersAndDisablesRules() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("review.yaml")
        try """
        rules:
          deep-sync-chain: {severity: error, max_depth: 5}
          no-metrics: {enabled: false}
          timeout-inversion: {severity: info}
        """.write(to: config, atomically: true, encoding: .utf8)
        let result = try Architect.run(
            ["review", "Examples/legacy.yaml", "--config", config.path, "--format", "json", "--today", "2026-06-01"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "deep-sync-chain" }, "5 hops are allowed now")
        #expect(!findings.contains { $0["rule"] as? String == "no-metrics" })
        #expect(
            findings.filter { $0["rule"] as? String == "timeout-inversion" }.allSatisfy {
                $0["severity"] as? String == "info"
            }
        )
    }

    @Test func unknownRulesAndParametersAreErrorsWithDidYouMean() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        rules:
          deep-sync-chan: {max_depth: 5}
          high-fan-out: {max_fanout: 8, severity: fatal}
        """.write(to: directory.appendingPathComponent("review.yaml"), atomically: true, encoding: .utf8)
        let model = RepositoryPaths.examples.appendingPathComponent("shop.yaml").path
        let result = try Architect.run(["review", model, "--config", "review.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "review.yaml:2:3: error: unknown rule `deep-sync-chan`\n  hint: did you mean `deep-sync-chain`?"
            )
        )
        #expect(
            result.stderr.contains(
                "review.yaml:3:18: error: rule high-fan-out has no setting `max_fanout`\n  hint: did you mean `max_fan_out`?"
            )
        )
        #expect(result.stderr.contains("error: `severity` is error, warning or info"))
        let rule = try Architect.run(["review", model, "--rule", "no-metric"], in: directory)
        #expect(rule.status == 64)
        #expect(rule.stderr.contains("did you mean `no-metrics`?"))
    }

    @Test func aConfigurationThatIsNotYAMLExitsTwo() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "rules: [unclosed\n".write(
            to: directory.appendingPathComponent("bad.yaml"),
            atomically: true,
            encoding: .utf8
        )
        let model = RepositoryPaths.examples.appendingPathComponent("shop.yaml").path
        let result = try Architect.run(["review", model, "--config", "bad.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.yaml:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func sarifAndMarkdownAreWrittenToAFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = directory.appendingPathComponent("review.sarif").path
        let result = try Architect.run(
            ["review", "Examples/shop.yaml", "--format", "sarif", "-o", sarif],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: sarif, encoding: .utf8)
        #expect(text.contains("\"uri\": \"Examples/shop.yaml\""))
        let markdown = try Architect.run(
            ["review", "Examples/shop.yaml", "--format", "markdown"],
            in: RepositoryPaths.root
        )
        #expect(markdown.stdout.hasPrefix("## Architecture review: shop\n"))
    }

    @Test func rulesListsTheCatalogAndDocumentsOneRule() throws {
        let list = try Architect.run(["rules", "--format", "json"], in: RepositoryPaths.root)
        #expect(list.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count >= 40)
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "severity", "category", "summary", "parameters"] })
        let one = try Architect.run(["rules", "timeout-inversion"], in: RepositoryPaths.root)
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("timeout-inversion (error, resilience)\n"))
        #expect(one.stdout.contains("Release It!"))
        let unknown = try Architect.run(["rules", "timout-inversion"], in: RepositoryPaths.root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean `timeout-inversion`?"))
    }
}
