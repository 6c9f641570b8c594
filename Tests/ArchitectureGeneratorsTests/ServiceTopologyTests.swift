import ArchitectureGenerators
import ArchitectureModel
import Testing

@Suite struct ServiceTopologyTests {
    @Test func callersAreDistinctWorkloadsInDeclarationOrder() throws {
        let topology = ServiceTopology(try GeneratedFixture.example(), configuration: GenerateConfiguration())
        #expect(topology.callers(of: "cart").map(\.service.name) == ["web", "gateway", "orders"])
        #expect(topology.callers(of: "notifications").isEmpty)
        // psp is external: no workload, but its caller still shows up for the warning.
        #expect(!topology.workloads.contains { $0.name == "psp" })
        #expect(topology.calls(to: "psp").map(\.service.name) == ["payments"])
    }

    @Test func identitiesHostsAndProtocols() throws {
        let model = try GeneratedFixture.example()
        var configuration = GenerateConfiguration()
        configuration.namespace = "prod"
        let topology = ServiceTopology(model, configuration: configuration)
        #expect(topology.host(of: "orders") == "orders.prod.svc.cluster.local")
        #expect(topology.principal(of: "orders", trustDomain: "cluster.local") == "cluster.local/ns/prod/sa/orders")
        let service = { (name: String) in try #require(model.services.first { $0.name == name }) }
        #expect(topology.inboundProtocol(of: try service("catalog")) == .grpc)
        #expect(topology.inboundProtocol(of: try service("gateway")) == .http)  // no callers: the ingress speaks HTTP
    }
}
