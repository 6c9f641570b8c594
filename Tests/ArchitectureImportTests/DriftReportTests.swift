import ArchitectureImport
import ArchitectureLoading
import ArchitectureModel
import Testing

@Suite struct DriftReportTests {
    static let model = """
        architect: 1
        system: {name: shop}
        services:
          web:
            replicas: 2
            calls: [{to: orders}]
          orders:
            replicas: 3
            uses: [orders-db]
          legacy: {}
        datastores:
          orders-db: {kind: postgres}
        """

    func observed() -> ImportedSystem {
        var system = ImportedSystem()
        let seen = Evidence(file: "compose.yml", line: 3, detail: "compose service")
        system.add(ImportedComponent(name: "web", role: .service(.service), replicas: 2, evidence: [seen]))
        system.add(ImportedComponent(name: "orders", role: .service(.service), replicas: 5, evidence: [seen]))
        system.add(ImportedComponent(name: "payments", role: .service(.service), evidence: [seen]))
        system.add(ImportedComponent(name: "orders-db", role: .datastore(.postgres), evidence: [seen]))
        for (from, to) in [("web", "orders"), ("orders", "orders-db"), ("orders", "payments")] {
            system.add(ImportedLink(from: from, to: to, kind: .call(.http), confidence: .high, evidence: [seen]))
        }
        return system
    }

    @Test func reportsUndeclaredCallsMissingComponentsAndReplicas() throws {
        let model = try #require(ModelLoader.load(text: Self.model, file: "shop.yaml").model)
        let report = DriftReport(model: model, observed: observed(), tracesOnly: false)
        let findings = report.findings.map { "\($0.kind.rawValue) \($0.subject)" }
        #expect(
            findings == [
                "component-not-in-model payments", "component-not-in-sources legacy",
                "undeclared-call orders -> payments",
                "replicas-differ orders",
            ]
        )
        #expect(report.text.hasSuffix("4 differences\n"))
    }

    @Test func aMatchingModelHasNoDrift() throws {
        let model = try #require(ModelLoader.load(text: Self.model, file: "shop.yaml").model)
        var system = observed()
        system.components.removeAll { $0.name == "payments" }
        system.links.removeAll { $0.to == "payments" }
        system.components[1].replicas = 3
        system.add(ImportedComponent(name: "legacy", role: .service(.service)))
        let report = DriftReport(model: model, observed: system, tracesOnly: false)
        #expect(report.findings.isEmpty)
        #expect(report.text == "no drift\n")
    }
}
