import ArchitectTestSupport
import Foundation
import Testing

@Suite struct GenerateCommandTests {
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("architect-cli-generate-\(UUID().uuidString)")
    }

    @Test func allWritesEveryTargetAndListsPlaceholders() throws {
        let output = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Architect.run(
            ["generate", "all", "Examples/shop.yaml", "-o", output.path],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        for folder in ["k8s", "istio", "slo", "otel", "grafana", "openapi", "asyncapi"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(folder).path)
            #expect(!files.isEmpty, "\(folder) is empty")
        }
        #expect(result.stdout.contains("wrote \(output.path)/k8s/orders.yaml"))
        #expect(result.stdout.contains("placeholders to fill in before applying:"))
        #expect(result.stdout.contains("--image-template"))
        #expect(result.stderr.contains("warning: psp is external"))
    }

    @Test func parametersReplacePlaceholders() throws {
        let output = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Architect.run(
            [
                "generate", "k8s", "Examples/shop.yaml", "-o", output.path, "--image-template",
                "ghcr.io/acme/{service}:1.4.2", "--port", "9000", "--zone", "a=eu-west-1a",
            ],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("--image-template"))
        let orders = try String(contentsOf: output.appendingPathComponent("k8s/orders.yaml"), encoding: .utf8)
        #expect(orders.contains("image: ghcr.io/acme/orders:1.4.2"))
        #expect(orders.contains("containerPort: 9000"))
        #expect(orders.contains("- eu-west-1a"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("istio").path))
    }

    @Test func burnRateTableIsConfigurable() throws {
        let output = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Architect.run(
            [
                "generate", "slo", "Examples/shop.yaml", "-o", output.path, "--slo-window", "28d",
                "--burn-rate", "page:1h:5m:13.44",
            ],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let rules = try String(contentsOf: output.appendingPathComponent("slo/prometheus-rules.yaml"), encoding: .utf8)
        #expect(rules.contains("(13.44 * 0.0005)"))
        #expect(rules.contains("slo:sli_error:ratio_rate28d"))
        #expect(!rules.contains("Ticket"))
    }

    @Test func unknownTargetAndBadModelFail() throws {
        let output = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let unknown = try Architect.run(
            ["generate", "helm", "Examples/shop.yaml", "-o", output.path],
            in: RepositoryPaths.root
        )
        #expect(unknown.status == 64)
        let missing = try Architect.run(["generate", "k8s", "nope.yaml", "-o", output.path], in: RepositoryPaths.root)
        #expect(missing.status == 2)
    }
}
