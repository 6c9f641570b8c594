import ArchitectTestSupport
import ArchitectureModel
import Foundation
import Testing

@testable import ArchitectureImport

@Suite struct KubernetesImporterTests {
    static let manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: checkout}
        spec:
          replicas: 3
          template:
            metadata: {labels: {app: checkout}}
            spec:
              topologySpreadConstraints:
                - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule}
              containers:
                - name: server
                  image: example/checkout:1.0
                  readinessProbe: {httpGet: {path: /ready, port: 8080}}
                  env:
                    - name: PAYMENT_HOST
                      valueFrom: {configMapKeyRef: {name: addresses, key: payment}}
                    - name: PAYMENT_ADDR
                      value: "$(PAYMENT_HOST):50051"
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: addresses}
        data: {payment: payment.default.svc.cluster.local}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: payment}
        spec:
          template:
            metadata: {labels: {app: payment}}
            spec:
              containers: [{name: server, image: example/payment:1.0}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: payment}
        spec:
          selector: {app: payment}
          ports: [{name: grpc, port: 50051}]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: payment}
        spec:
          scaleTargetRef: {kind: Deployment, name: payment}
          minReplicas: 2
          maxReplicas: 6
          metrics:
            - type: Resource
              resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: payment}
        spec:
          minAvailable: 1
          selector: {matchLabels: {app: payment}}
        """

    @Test func workloadsServicesConfigMapsAndAutoscalers() throws {
        let directory = try TemporaryDirectory()
        try directory.write("app/all.yaml", Self.manifests)
        let system = try KubernetesImporter().importPaths([directory.url.path])
        let link = try #require(system.links.first)
        #expect(system.links.count == 1)
        #expect(link.from == "checkout" && link.to == "payment")
        #expect(link.kind == .call(.grpc))
        #expect(link.confidence == .high)
        #expect(
            link.evidence.map(\.detail) == [
                "env PAYMENT_HOST=payment.default.svc.cluster.local (ConfigMap addresses key payment)",
                "env PAYMENT_ADDR=payment.default.svc.cluster.local:50051",
            ]
        )
        let checkout = try #require(system.component(named: "checkout"))
        #expect(checkout.replicas == 3)
        #expect(checkout.health == Health(readiness: "/ready"))
        #expect(checkout.remarks.contains { $0.hasPrefix("spread over zones") })
        let payment = try #require(system.component(named: "payment"))
        #expect(payment.autoscale == Autoscale(min: 2, max: 6, targetUtilization: 0.6))
        #expect(payment.remarks.contains("PodDisruptionBudget payment: minAvailable 1"))
        let model = system.makeModel(name: "shop", sources: []).model
        #expect(model.services.first { $0.name == "payment" }?.placement.replicas == 2)
    }

    @Test func networkPoliciesGiveLowConfidenceCallsAndReportSelectorsThatMatchNothing() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "policies.yaml",
            """
            kind: Deployment
            metadata: {name: web}
            spec: {template: {metadata: {labels: {name: web}}, spec: {containers: [{name: web, image: example/web}]}}}
            ---
            kind: Deployment
            metadata: {name: carts}
            spec: {template: {metadata: {labels: {name: carts}}, spec: {containers: [{name: c, image: example/carts}]}}}
            ---
            kind: NetworkPolicy
            metadata: {name: carts-access}
            spec:
              podSelector: {matchLabels: {name: carts}}
              ingress: [{from: [{podSelector: {matchLabels: {name: web}}}]}]
            ---
            kind: NetworkPolicy
            metadata: {name: cart-access}
            spec:
              podSelector: {matchLabels: {name: cart}}
              ingress: [{from: [{podSelector: {matchLabels: {name: web}}}]}]
            """
        )
        let system = try KubernetesImporter().importPaths([file])
        #expect(system.links.map { "\($0.from) -> \($0.to) \($0.confidence)" } == ["web -> carts low"])
        #expect(
            system.notes.contains {
                $0.message.hasPrefix(
                    "NetworkPolicy cart-access selects no workload (name=cart); did you mean name=carts?"
                )
            }
        )
    }

    @Test func ingressAndIstioRoutesComeFromAGatewayWithMeshPolicies() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "routes.yaml",
            """
            kind: Deployment
            metadata: {name: frontend}
            spec: {template: {metadata: {labels: {app: frontend}}, spec: {containers: [{name: f, image: example/frontend}]}}}
            ---
            kind: Service
            metadata: {name: frontend}
            spec: {selector: {app: frontend}, ports: [{name: http, port: 80}]}
            ---
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                metadata: {labels: {app: api}}
                spec: {containers: [{name: a, image: example/api, env: [{name: FRONTEND_URL, value: "http://frontend"}]}]}
            ---
            kind: Gateway
            metadata: {name: public}
            spec: {selector: {istio: ingressgateway}}
            ---
            kind: VirtualService
            metadata: {name: frontend-ingress}
            spec:
              gateways: [public]
              http: [{route: [{destination: {host: frontend, port: {number: 80}}}]}]
            ---
            kind: VirtualService
            metadata: {name: frontend-mesh}
            spec:
              hosts: [frontend]
              http: [{timeout: 2s, retries: {attempts: 3}, route: [{destination: {host: frontend}}]}]
            """
        )
        let system = try KubernetesImporter().importPaths([file])
        let gateway = try #require(system.component(named: "istio-ingressgateway"))
        #expect(gateway.role == .service(.gateway))
        #expect(
            system.links.contains {
                $0.from == "istio-ingressgateway" && $0.to == "frontend" && $0.confidence == .medium
            }
        )
        let model = system.makeModel(name: "shop", sources: []).model
        let call = try #require(model.services.first { $0.name == "api" }?.calls.first)
        #expect(call.to == "frontend")
        #expect(call.timeout == TimeSpan(seconds: 2))
        #expect(call.retries.max == 3)
    }

    @Test func aKustomizationIsReadFileByFileUnlessRendered() throws {
        let directory = try TemporaryDirectory()
        try directory.write("kustomization.yaml", "resources: [web.yaml]\n")
        try directory.write(
            "web.yaml",
            "kind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: [{name: w, image: x/web}]}}}\n"
        )
        let system = try KubernetesImporter().importPaths([directory.url.path])
        #expect(system.components.map(\.name) == ["web"])
        #expect(
            system.notes.contains { $0.message.contains("holds a kustomization") && $0.message.contains("--render") }
        )
    }
}
