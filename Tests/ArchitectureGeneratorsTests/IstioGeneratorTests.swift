import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite(.serialized) struct IstioGeneratorTests {
    static let checker = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectureGeneratorsTests/Validators/check_istio.py"
    )

    static func check(_ files: [URL]) async -> ExternalTools.RunResult {
        await ValidatorQueue.run("python3", [checker.path] + files.map(\.path))
    }

    @Test(
        .enabled(
            if: ExternalTools.pythonModulesAvailable(["cloudcoil.models.istio", "yaml"]),
            "pip install cloudcoil-models-istio pyyaml"
        )
    )
    func passesIstioModelsWithoutUnknownKeys() async throws {
        // Every example in one call: importing the models takes seconds.
        let written = try ["shop.yaml", "food-delivery.yaml", "legacy.yaml"].map {
            try GeneratedFixture.write(GeneratedFixture.generate(IstioGenerator.self, try GeneratedFixture.example($0)))
        }
        defer { for output in written { try? FileManager.default.removeItem(at: output.directory) } }
        let result = await Self.check(written.flatMap(\.files))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("OK "), "\(result.stdout)")
    }

    /// The models accept unknown keys; the checker must not.
    @Test(
        .enabled(
            if: ExternalTools.pythonModulesAvailable(["cloudcoil.models.istio", "yaml"]),
            "pip install cloudcoil-models-istio pyyaml"
        )
    )
    func checkerRejectsATypo() async throws {
        var generation = GeneratedFixture.generate(IstioGenerator.self, try GeneratedFixture.example())
        let index = try #require(generation.files.firstIndex { $0.path == "istio/cart.yaml" })
        generation.files = [generation.files[index]]
        generation.files[0].contents = generation.files[0].contents.replacingOccurrences(
            of: "perTryTimeout",
            with: "perTryTimeOut"
        )
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let result = await Self.check(written.files)
        #expect(result.status == 1)
        #expect(result.stdout.contains("perTryTimeOut: unknown field of Retries"), "\(result.stdout)")
    }

    @Test func timeoutsAndRetriesRouteOnTheCallerWhenCallersDiffer() throws {
        let documents = try GeneratedFixture.documents(
            GeneratedFixture.generate(IstioGenerator.self, try GeneratedFixture.example())
        )
        func routes(_ service: String) throws -> [[String: Any]] {
            let virtualService = try #require(
                documents.first {
                    $0["kind"] as? String == "VirtualService"
                        && GeneratedFixture.string($0, "metadata", "name") == service
                }
            )
            return try #require(GeneratedFixture.value(virtualService, ["spec", "http"]) as? [[String: Any]])
        }
        // cart: web 200ms × 2 tries + 25ms backoff, gateway 250ms × 2 + 25ms, orders 300ms × 2 + 25ms.
        let cart = try routes("cart")
        #expect(cart.map { $0["name"] as? String } == ["from-web", "from-gateway", "from-orders"])
        #expect(cart.map { $0["timeout"] as? String } == ["0.425s", "0.525s", "0.625s"])
        #expect(cart.map { GeneratedFixture.string($0, "retries", "perTryTimeout") } == ["0.2s", "0.25s", "0.3s"])
        #expect(cart.map { GeneratedFixture.value($0, ["retries", "attempts"]) as? Int } == [1, 1, 1])
        let source = (cart[0]["match"] as? [[String: Any]])?.first
        #expect(source.flatMap { GeneratedFixture.string($0, "sourceLabels", ServiceTopology.nameLabel) } == "web")

        // gateway -> orders declares no retries: Istio must not add its default two.
        let orders = try routes("orders")
        #expect(orders.count == 1 && orders[0]["match"] == nil)
        #expect(GeneratedFixture.value(orders[0], ["retries", "attempts"]) as? Int == 0)
        #expect(orders[0]["timeout"] as? String == "2.5s")
    }

    @Test func breakersIdentityAndAuthorization() throws {
        let documents = try GeneratedFixture.documents(
            GeneratedFixture.generate(IstioGenerator.self, try GeneratedFixture.example())
        )
        func find(_ kind: String, _ name: String) throws -> [String: Any] {
            try #require(
                documents.first {
                    $0["kind"] as? String == kind && GeneratedFixture.string($0, "metadata", "name") == name
                }
            )
        }
        // orders -> payments: 30% of 20 calls = 6 failures in a row eject a replica for 30s.
        let payments = try find("DestinationRule", "payments")
        let outlier = try #require(
            GeneratedFixture.value(payments, ["spec", "trafficPolicy", "outlierDetection"]) as? [String: Any]
        )
        #expect(outlier["consecutive5xxErrors"] as? Int == 6)
        #expect(outlier["baseEjectionTime"] as? String == "30s")
        #expect(GeneratedFixture.string(payments, "spec", "trafficPolicy", "tls", "mode") == "ISTIO_MUTUAL")

        let peer = try find("PeerAuthentication", "payments")
        #expect(GeneratedFixture.string(peer, "spec", "mtls", "mode") == "STRICT")
        // web authenticates with JWT, so no STRICT peer authentication is forced on it.
        #expect(
            !documents.contains {
                $0["kind"] as? String == "PeerAuthentication"
                    && GeneratedFixture.string($0, "metadata", "name") == "web"
            }
        )

        let policy = try find("AuthorizationPolicy", "payments")
        let rules = try #require(GeneratedFixture.value(policy, ["spec", "rules"]) as? [[String: Any]])
        let from = try #require((rules.first?["from"] as? [[String: Any]])?.first)
        #expect(
            GeneratedFixture.value(from, ["source", "principals"]) as? [String] == ["cluster.local/ns/shop/sa/orders"]
        )
        // Nobody calls notifications: ALLOW without rules admits nothing.
        let worker = try find("AuthorizationPolicy", "notifications")
        #expect(GeneratedFixture.value(worker, ["spec", "rules"]) == nil)
        #expect(GeneratedFixture.string(worker, "spec", "action") == "ALLOW")
    }

    @Test func bulkheadFromMaxInFlight() throws {
        var model = try GeneratedFixture.example()
        let index = try #require(model.services.firstIndex { $0.name == "inventory" })
        model.services[index].serving.maxInFlight = 50
        model.services[index].serving.maxQueue = 10
        let documents = try GeneratedFixture.documents(GeneratedFixture.generate(IstioGenerator.self, model))
        let rule = try #require(
            documents.first {
                $0["kind"] as? String == "DestinationRule"
                    && GeneratedFixture.string($0, "metadata", "name") == "inventory"
            }
        )
        let http = try #require(
            GeneratedFixture.value(rule, ["spec", "trafficPolicy", "connectionPool", "http"]) as? [String: Any]
        )
        // Per replica × autoscale.max (12): the most the callee admits at its largest.
        #expect(http["http2MaxRequests"] as? Int == 600)
        #expect(http["http1MaxPendingRequests"] as? Int == 120)
    }
}
