import ArchitectTestSupport
import ArchitectureImport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

@Suite struct ModelWriterTests {
    /// Writing a loaded example and loading it again gives the same model, and writing that gives the same text.
    @Test(arguments: RepositoryPaths.exampleModels())
    func examplesRoundTrip(_ example: URL) throws {
        let original = try #require(try ModelLoader.load(contentsOf: example.path).model)
        let text = ModelWriter.write(original)
        let reloaded = ModelLoader.load(text: text, file: "written.yaml")
        #expect(!reloaded.diagnostics.hasErrors, "\(reloaded.diagnostics.map(\.message))")
        let model = try #require(reloaded.model)
        #expect(ModelWriter.write(model) == text)
        #expect(model.services.map(\.name) == original.services.map(\.name))
        #expect(model.services.map(\.calls.count) == original.services.map(\.calls.count))
        #expect(model.services.map(\.placement) == original.services.map(\.placement))
        #expect(model.services.map(\.serving) == original.services.map(\.serving))
        #expect(model.datastores.map(\.kind) == original.datastores.map(\.kind))
        #expect(model.topics.map(\.broker) == original.topics.map(\.broker))
        #expect(model.workflows.map(\.share) == original.workflows.map(\.share))
    }

    @Test func scalarsAreWrittenInTheFormatsUnits() throws {
        var service = Service(
            name: "orders",
            label: "Orders \"v2\"",
            placement: Placement(replicas: 3, zones: ["a", "b"]),
            serving: Serving(serviceTime: TimeSpan(seconds: 0.004_872), serviceTimeP99: TimeSpan(seconds: 0.0155))
        )
        service.calls = [Call(to: "payments", callProtocol: .grpc, perRequest: 0.5, timeout: .milliseconds(250))]
        let model = SystemModel(
            system: SystemInfo(name: "shop", requirements: Requirements(availability: 0.9995)),
            zones: Zones(names: ["a", "b"]),
            services: [service, Service(name: "payments", placement: Placement(zones: ["a"]))]
        )
        var annotations = ModelAnnotations(header: ["made by hand"])
        annotations.add("high: env PAYMENTS_ADDR", above: "services.orders.calls[0]")
        let text = ModelWriter.write(model, annotations: annotations)
        let expected = """
            # made by hand
            architect: 1
            system:
              name: shop
              requirements:
                availability: 99.95%
            zones:
              names: [a, b]

            services:
              orders:
                label: "Orders \\"v2\\""
                replicas: 3
                zones: [a, b]
                service_time: 4.872ms
                service_time_p99: 15.5ms
                calls:
                  # high: env PAYMENTS_ADDR
                  - {to: payments, protocol: grpc, per_request: 0.5, timeout: 250ms}
              payments:
                replicas: 1
                zones: [a]

            """
        #expect(text == expected)
        #expect(ModelLoader.load(text: text, file: "shop.yaml").isValid)
    }
}
