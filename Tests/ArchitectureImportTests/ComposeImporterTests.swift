import ArchitectTestSupport
import ArchitectureModel
import Testing

@testable import ArchitectureImport

@Suite struct ComposeImporterTests {
    func importCompose(_ compose: String, env: String? = nil) throws -> ImportedSystem {
        let directory = try TemporaryDirectory()
        let file = try directory.write("docker-compose.yml", compose)
        if let env { try directory.write(".env", env) }
        return try ComposeImporter().importFiles([file])
    }

    func calls(_ system: ImportedSystem) -> [String] {
        system.links.map { "\($0.from) -> \($0.to)" }.sorted()
    }

    @Test func dependsOnIsStartOrderNotACall() throws {
        let system = try importCompose(
            """
            services:
              web:
                image: example/web
                depends_on: [api]
              api:
                image: example/api
                depends_on:
                  db: {condition: service_healthy}
              db:
                image: postgres:16
            """
        )
        #expect(system.links.isEmpty)
        #expect(system.startOrder.map { "\($0.from) -> \($0.to)" } == ["web -> api", "api -> db"])
        #expect(system.startOrder[0].evidence.source.hasSuffix("docker-compose.yml:4"))
        let yaml = system.makeModel(name: "shop", sources: ["docker-compose.yml"]).yaml
        #expect(yaml.contains("starts after api (depends_on: start order, not calls)"))
        #expect(!yaml.contains("calls:"))
        #expect(yaml.contains("# No call between services is visible in these files"))
    }

    @Test func bareVariablesAndDefaultsResolveFromDotEnv() throws {
        let system = try importCompose(
            """
            services:
              frontend:
                image: example/frontend
                environment:
                  - CART_ADDR
                  - CHECKOUT_URL=http://${CHECKOUT_HOST:-checkout}:${CHECKOUT_PORT}
              cart: {image: example/cart}
              checkout: {image: example/checkout}
            """,
            env: "CART_PORT=7070\nCART_ADDR=cart:${CART_PORT}\nCHECKOUT_PORT=5050\n"
        )
        #expect(calls(system) == ["frontend -> cart", "frontend -> checkout"])
        let cart = try #require(system.links.first { $0.to == "cart" })
        #expect(cart.confidence == .high)
        #expect(cart.evidence.first?.detail == "env CART_ADDR=cart:7070")
        #expect(cart.evidence.first?.source.hasSuffix("docker-compose.yml:5") == true)
    }

    @Test func imagesGiveDatastoresBrokersAndTelemetry() throws {
        let system = try importCompose(
            """
            services:
              orders:
                image: example/orders
                ports: ["8080:8080"]
                environment:
                  DATABASE_URL: postgres://app:secret@orders-db:5432/orders
                  KAFKA_BROKERS: events:9092
                  OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:4317
              orders-db: {image: "postgres:16"}
              events: {image: "bitnami/kafka:3.7"}
              collector: {image: "otel/opentelemetry-collector-contrib:0.100.0"}
            """
        )
        #expect(system.component(named: "orders-db")?.role == .datastore(.postgres))
        #expect(system.component(named: "events")?.role == .broker(.kafka))
        #expect(system.component(named: "collector")?.role == .telemetry)
        #expect(system.component(named: "orders")?.exposed == true)
        #expect(calls(system) == ["orders -> events", "orders -> orders-db"])
        let model = system.makeModel(name: "shop", sources: []).model
        #expect(model.services.map(\.name) == ["orders"])
        #expect(model.services.first?.uses == ["orders-db"])
        #expect(model.services.first?.calls.isEmpty == true)
        #expect(model.brokers.map(\.name) == ["events"])
    }

    @Test func aFrontendsAddressOfAServiceItsProxyAlsoRoutesToIsTheBrowsers() throws {
        let system = try importCompose(
            """
            services:
              frontend-proxy:
                image: envoyproxy/envoy:v1.30
                environment: [FRONTEND_HOST=frontend, FLAGD_HOST=flagd]
              frontend:
                image: example/frontend
                environment: [FLAGD_HOST=flagd, API_ADDR=api:80]
              loadgen:
                image: locustio/locust
                environment: [FLAGD_HOST=flagd]
              flagd: {image: ghcr.io/open-feature/flagd}
              api: {image: example/api}
            """
        )
        #expect(
            calls(system) == [
                "frontend -> api", "frontend-proxy -> flagd", "frontend-proxy -> frontend", "loadgen -> flagd",
            ]
        )
        #expect(
            system.notes.contains { $0.message.hasPrefix("frontend has the address of flagd, which frontend-proxy") }
        )
    }

    @Test func defaultsTheFilesDoNotGiveAreMarkedToConfirm() throws {
        let system = try importCompose(
            "services:\n  db: {image: \"mysql:8\"}\n  web: {image: x/web, deploy: {replicas: 3}}\n"
        )
        let yaml = system.makeModel(name: "shop", sources: []).yaml
        #expect(
            yaml.contains("  # confirm: replicas 1 and zone `default` (not in the files)\n  db:\n    kind: mysql\n")
        )
        #expect(yaml.contains("  web:\n    replicas: 3\n"))
        #expect(!yaml.contains("(not in the files)\n  web:"))
    }

    @Test func unknownHostsAreReportedNotInvented() throws {
        let system = try importCompose(
            """
            services:
              web:
                image: example/web
                environment: ["PAYMENTS_URL=https://payments.internal:8443/v1"]
            """
        )
        #expect(system.components.map(\.name) == ["web"])
        #expect(system.notes.contains { $0.message.contains("`payments.internal`, which no input file defines") })
    }

    @Test func foreignNamesAreSlugifiedWithTheirLabel() throws {
        let system = try importCompose(
            """
            services:
              Order_Service:
                image: example/orders
            """
        )
        #expect(system.components.first?.name == "order-service")
        #expect(system.components.first?.label == "Order_Service")
    }
}
