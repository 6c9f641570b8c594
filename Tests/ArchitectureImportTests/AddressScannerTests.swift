import Testing

@testable import ArchitectureImport

@Suite struct AddressScannerTests {
    @Test(
        arguments: [
            ("cart:7070", "CART_ADDR", ["cart"]),
            ("http://email:6060", "EMAIL_ADDR", ["email"]),
            ("postgres://otelu:otelp@postgresql/otel?sslmode=disable", "DB_CONNECTION_STRING", ["postgresql"]),
            ("Host=postgresql;Username=otelu;Password=otelp;Database=otel", "DB_CONNECTION_STRING", ["postgresql"]),
            ("host=postgresql user=otelu password=otelp dbname=otel", "DB_CONNECTION_STRING", ["postgresql"]),
            ("flagd", "FLAGD_HOST", ["flagd"]),
            ("flagd", "OTEL_SERVICE_NAME", []),
            ("-Xms64m -Dspring.rabbitmq.host=rabbitmq -Dspring.zipkin.enabled=false", "JAVA_OPTS", ["rabbitmq"]),
            ("user:pw@tcp(catalogue-db:3306)/socksdb", "DSN", ["catalogue-db"]),
            ("kafka-1:9092,kafka-2:9092", "KAFKA_BROKERS", ["kafka-1", "kafka-2"]),
            ("0.0.0.0", "LOCUST_WEB_HOST", []),
            ("http://localhost:8080/otlp-http/v1/traces", "PUBLIC_ENDPOINT", []),
            ("10.0.0.7:80", "BACKEND_ADDR", []),
            ("true", "SESSION_REDIS", []),
        ] as [(String, String, [String])]
    )
    func findsHosts(_ value: String, _ variable: String, _ expected: [String]) {
        #expect(AddressScanner.hosts(in: value, variable: variable) == expected)
    }

    @Test func commandHostsNeedAFlagOrAnAddressForm() {
        let known: Set<String> = ["edge-router", "catalogue"]
        let found = AddressScanner.hosts(
            inCommand: ["-d", "60", "-h", "edge-router", "catalogue", "--upstream=http://orders:80"],
            isKnown: known.contains
        )
        #expect(found == ["edge-router", "orders"])
    }
}
