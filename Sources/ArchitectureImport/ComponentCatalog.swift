import ArchitectureLoading
import ArchitectureModel

/// Recognises what a container is from its image, its name and its ports: datastores, brokers,
/// proxies, load generators and observability plumbing; everything else is a service.
package enum ComponentCatalog {
    /// A role and how it was recognised.
    package struct Recognition: Sendable, Hashable {
        package var role: ImportedComponent.Role
        package var confidence: Confidence
        package var remark: String?
    }

    private static let datastores: [(words: [String], kind: Datastore.Kind)] = [
        (["postgres", "postgresql", "postgis", "timescaledb", "cockroach", "cockroachdb", "alloydb"], .postgres),
        (["mysql", "mariadb", "percona"], .mysql),
        (["mongo", "mongodb"], .mongodb),
        (["redis", "valkey", "keydb", "dragonfly"], .redis),
        (["memcached", "memcache"], .memcached),
        (["cassandra", "scylla", "scylladb"], .cassandra),
        (["elasticsearch", "opensearch", "elastic"], .elasticsearch),
        (["dynamodb", "dynamodb-local"], .dynamodb),
        (["minio", "s3"], .s3),
    ]

    private static let brokers: [(words: [String], kind: Broker.Kind)] = [
        (["kafka", "redpanda", "cp-kafka"], .kafka),
        (["rabbitmq", "rabbit"], .rabbitmq),
        (["nats", "nats-streaming", "jetstream"], .nats),
        (["pulsar"], .pulsar),
        (["activemq", "artemis"], .other),
    ]

    private static let telemetry: Set<String> = [
        "jaeger", "jaegertracing", "zipkin", "otel", "opentelemetry", "opentelemetry-collector",
        "opentelemetry-collector-contrib", "otelcol", "prometheus", "grafana", "loki", "tempo", "promtail",
        "fluentd", "fluent-bit", "fluentbit", "logstash", "kibana", "alertmanager", "cadvisor", "node-exporter",
        "exporter", "jaeger-agent", "jaeger-collector", "jaeger-query", "all-in-one", "datadog", "signalfx",
        "splunk-otel-collector", "victoriametrics", "thanos", "mimir", "cortex", "pyroscope",
    ]

    private static let proxies: Set<String> = [
        "envoy", "traefik", "haproxy", "kong", "nginx", "openresty", "gateway", "ingressgateway", "proxy",
        "edge-router", "ingress", "apisix", "caddy",
    ]

    private static let loadGenerators: Set<String> = [
        "locust", "loadgenerator", "load-generator", "load-test", "loadtest", "k6", "gatling", "jmeter", "user-sim",
        "vegeta", "wrk",
    ]

    /// Words that turn an infrastructure name into a tool beside it (`kafka-ui`, `redis-exporter`).
    private static let tools: Set<String> = [
        "ui", "admin", "console", "dashboard", "manager", "commander", "exporter", "connect", "schema-registry",
        "insight", "web", "proxy", "operator", "init", "migrate", "migrations", "setup", "backup",
    ]

    private static let datastorePorts: [Int: Datastore.Kind] = [
        5432: .postgres, 3306: .mysql, 27017: .mongodb, 6379: .redis, 11211: .memcached, 9042: .cassandra,
        9200: .elasticsearch,
    ]
    private static let brokerPorts: [Int: Broker.Kind] = [9092: .kafka, 5672: .rabbitmq, 4222: .nats, 6650: .pulsar]

    /// What a container is: the image decides when it names a known product, then the ports,
    /// then the component's own name.
    package static func recognise(name: String, image: String?, ports: [Int] = []) -> Recognition {
        if let image, let found = recognise(words: imageWords(image), confidence: .high, what: "image `\(image)`") {
            return found
        }
        for port in ports {
            if let kind = datastorePorts[port] {
                return Recognition(
                    role: .datastore(kind),
                    confidence: .medium,
                    remark: "\(kind.rawValue) recognised from port \(port); confirm the kind"
                )
            }
            if let kind = brokerPorts[port] {
                return Recognition(
                    role: .broker(kind),
                    confidence: .medium,
                    remark: "\(kind.rawValue) recognised from port \(port); confirm the kind"
                )
            }
        }
        if let found = recognise(words: nameWords(name), confidence: .low, what: "its name") { return found }
        let last = ScalarSyntax.slug(name).split(separator: "-").last ?? ""
        if last == "db" || last == "database" || last.hasSuffix("db") && last.count > 2 {
            return Recognition(
                role: .datastore(.other),
                confidence: .low,
                remark: "a datastore by its name only; confirm it and its kind"
            )
        }
        return Recognition(role: .service(.service), confidence: .low, remark: nil)
    }

    private static func recognise(words: [String], confidence: Confidence, what: String) -> Recognition? {
        let set = Set(words)
        if !set.isDisjoint(with: telemetry) {
            return Recognition(role: .telemetry, confidence: confidence, remark: nil)
        }
        let isTool = !set.isDisjoint(with: tools)
        if !isTool {
            for (candidates, kind) in datastores where !set.isDisjoint(with: candidates) {
                return Recognition(
                    role: .datastore(kind),
                    confidence: confidence,
                    remark: confidence == .high ? nil : "\(kind.rawValue) recognised from \(what); confirm the kind"
                )
            }
            for (candidates, kind) in brokers where !set.isDisjoint(with: candidates) {
                return Recognition(
                    role: .broker(kind),
                    confidence: confidence,
                    remark: confidence == .high ? nil : "\(kind.rawValue) recognised from \(what); confirm the kind"
                )
            }
        }
        if !set.isDisjoint(with: loadGenerators) {
            return Recognition(
                role: .service(.service),
                confidence: confidence,
                remark: "a load generator (from \(what)): a traffic source, not part of the system"
            )
        }
        if !set.isDisjoint(with: proxies) {
            return Recognition(role: .service(.gateway), confidence: confidence, remark: nil)
        }
        if set.contains("frontend") || set.contains("front-end") {
            return Recognition(role: .service(.frontend), confidence: confidence, remark: nil)
        }
        return nil
    }

    /// `ghcr.io/open-telemetry/demo:2.2.0-kafka` gives `demo`, `kafka` and their parts: the
    /// repository's last path component and the tag, without registry, owner or version numbers.
    package static func imageWords(_ image: String) -> [String] {
        let lowered = image.lowercased()
        let withoutDigest = lowered.split(separator: "@").first.map(String.init) ?? lowered
        let lastComponent = withoutDigest.split(separator: "/").last.map(String.init) ?? withoutDigest
        let parts = lastComponent.split(separator: ":", maxSplits: 1).map(String.init)
        var words = nameWords(parts[0])
        if parts.count > 1 {
            words += nameWords(parts[1]).filter { word in !word.contains { $0.isNumber } || word.count > 4 }
        }
        return words
    }

    /// The name itself, its hyphen-joined slug, and each word of it.
    package static func nameWords(_ name: String) -> [String] {
        let slug = ScalarSyntax.slug(name)
        let parts = slug.split(separator: "-").map(String.init)
        var words = [slug] + parts
        // Two-word products written with a hyphen (`load-generator`, `fluent-bit`).
        for index in parts.indices.dropLast() { words.append(parts[index] + "-" + parts[index + 1]) }
        return words
    }
}
