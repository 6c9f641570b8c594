import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite(.serialized) struct KubernetesGeneratorTests {
    @Test(
        .enabled(if: ExternalTools.available("kubernetes-validate"), "pip install kubernetes-validate"),
        arguments: ["shop.yaml", "food-delivery.yaml", "legacy.yaml"]
    )
    func passesKubernetesValidateStrict(_ example: String) async throws {
        let generation = GeneratedFixture.generate(KubernetesGenerator.self, try GeneratedFixture.example(example))
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        // One call for all files: each start loads the bundled schemas.
        let result = await ValidatorQueue.run(
            "kubernetes-validate",
            ["--strict", "-k", "1.30.0"] + written.files.map(\.path)
        )
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("Couldn't find schema"), "\(result.stdout)")
    }

    /// Least privilege: one allow rule per declared caller of each workload, and nothing else but the
    /// default deny and the ingress path of exposed services.
    @Test func oneAllowRulePerDeclaredCaller() throws {
        let model = try GeneratedFixture.example()
        let documents = try GeneratedFixture.documents(GeneratedFixture.generate(KubernetesGenerator.self, model))
        let policies = documents.filter { $0["kind"] as? String == "NetworkPolicy" }
        let workloads = Set(model.services.filter { $0.kind != .external }.map(\.name))
        var declared: Set<[String]> = []
        for caller in model.services where workloads.contains(caller.name) {
            for call in caller.calls where workloads.contains(call.to) { declared.insert([caller.name, call.to]) }
        }
        var allowed: [[String]] = []
        var ingressPaths: [String] = []
        var defaultDeny = 0
        for policy in policies {
            let callee = GeneratedFixture.string(
                policy,
                "spec",
                "podSelector",
                "matchLabels",
                ServiceTopology.nameLabel
            )
            let rules = try #require(GeneratedFixture.value(policy, ["spec", "ingress"]) as? [[String: Any]] ?? [])
            guard let callee else {
                #expect(rules.isEmpty, "the policy selecting every pod must deny, not allow")
                defaultDeny += 1
                continue
            }
            for rule in rules {
                let peers = try #require(rule["from"] as? [[String: Any]])
                #expect(peers.count == 1)
                if let caller = GeneratedFixture.string(
                    peers[0],
                    "podSelector",
                    "matchLabels",
                    ServiceTopology.nameLabel
                ) {
                    allowed.append([caller, callee])
                } else {
                    #expect(GeneratedFixture.value(peers[0], ["namespaceSelector"]) != nil)
                    ingressPaths.append(callee)
                }
            }
        }
        #expect(defaultDeny == 1)
        #expect(allowed.count == declared.count, "one rule per caller, no duplicates")
        #expect(Set(allowed) == declared)
        #expect(
            Set(ingressPaths) == Set(model.services.filter { $0.exposed && workloads.contains($0.name) }.map(\.name))
        )
        #expect(ingressPaths.count == Set(ingressPaths).count)
        #expect(allowed.count == 10)  // shop: web 2, gateway 2, cart 2, orders 4 (psp and mailer are external)
    }

    @Test func replicasZonesProbesAndBudgetsFollowTheModel() throws {
        let model = try GeneratedFixture.example()
        var configuration = GenerateConfiguration()
        configuration.zoneNames = ["a": "eu-west-1a"]
        let documents = try GeneratedFixture.documents(
            GeneratedFixture.generate(KubernetesGenerator.self, model, configuration: configuration)
        )
        func find(_ kind: String, _ name: String) throws -> [String: Any] {
            try #require(
                documents.first {
                    $0["kind"] as? String == kind && GeneratedFixture.string($0, "metadata", "name") == name
                }
            )
        }
        let orders = try find("Deployment", "orders")
        #expect(GeneratedFixture.value(orders, ["spec", "replicas"]) as? Int == 3)
        let pod = try #require(GeneratedFixture.value(orders, ["spec", "template", "spec"]) as? [String: Any])
        let spread = try #require((pod["topologySpreadConstraints"] as? [[String: Any]])?.first)
        #expect(spread["topologyKey"] as? String == "topology.kubernetes.io/zone")
        #expect(spread["whenUnsatisfiable"] as? String == "DoNotSchedule")
        let terms = GeneratedFixture.value(
            pod,
            ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"]
        )
        let expression = ((terms as? [[String: Any]])?.first?["matchExpressions"] as? [[String: Any]])?.first
        #expect(expression?["values"] as? [String] == ["eu-west-1a", "b", "c"])
        let container = try #require((pod["containers"] as? [[String: Any]])?.first)
        #expect(GeneratedFixture.string(container, "livenessProbe", "httpGet", "path") == "/healthz")
        #expect(GeneratedFixture.string(container, "readinessProbe", "httpGet", "path") == "/ready")
        #expect(container["image"] as? String == "REGISTRY/orders:TAG")

        let autoscaler = try find("HorizontalPodAutoscaler", "orders")
        #expect(GeneratedFixture.value(autoscaler, ["spec", "minReplicas"]) as? Int == 3)
        #expect(GeneratedFixture.value(autoscaler, ["spec", "maxReplicas"]) as? Int == 12)
        let budget = try find("PodDisruptionBudget", "orders")
        #expect(GeneratedFixture.value(budget, ["spec", "minAvailable"]) as? Int == 2)

        // notifications declares only liveness; external services get no workload at all.
        let notifications = try find("Deployment", "notifications")
        let worker = try #require(
            (GeneratedFixture.value(notifications, ["spec", "template", "spec", "containers"]) as? [[String: Any]])?
                .first
        )
        #expect(worker["readinessProbe"] == nil)
        #expect(!documents.contains { GeneratedFixture.string($0, "metadata", "name") == "psp" })
    }

    @Test func statefulServiceBecomesStatefulSetWithHeadlessService() throws {
        var model = try GeneratedFixture.example()
        let index = try #require(model.services.firstIndex { $0.name == "inventory" })
        model.services[index].stateful = true
        let documents = try GeneratedFixture.documents(GeneratedFixture.generate(KubernetesGenerator.self, model))
        let set = try #require(documents.first { $0["kind"] as? String == "StatefulSet" })
        #expect(GeneratedFixture.string(set, "spec", "serviceName") == "inventory-headless")
        #expect(documents.contains { GeneratedFixture.string($0, "metadata", "name") == "inventory-headless" })
        #expect(
            !documents.contains {
                $0["kind"] as? String == "Deployment" && GeneratedFixture.string($0, "metadata", "name") == "inventory"
            }
        )
    }

    @Test func placeholdersAreListedUntilGiven() throws {
        let model = try GeneratedFixture.example()
        #expect(
            GeneratedFixture.generate(KubernetesGenerator.self, model).placeholders.contains {
                $0.contains("--image-template")
            }
        )
        var configuration = GenerateConfiguration()
        configuration.imageTemplate = "ghcr.io/acme/{service}:1.0"
        let generation = GeneratedFixture.generate(KubernetesGenerator.self, model, configuration: configuration)
        #expect(!generation.placeholders.contains { $0.contains("--image-template") })
        #expect(generation.files.contains { $0.contents.contains("ghcr.io/acme/cart:1.0") })
    }
}
