import Foundation

/// One span, whatever format it came in: the fields service-graph reconstruction needs.
struct TraceSpan: Sendable {
    enum Kind: String, Sendable {
        case client, server, producer, consumer
    }

    var traceID: String
    var id: String
    var parentID: String?
    var kind: Kind?
    var name: String
    /// Microseconds since the epoch.
    var timestamp: Double?
    /// Microseconds.
    var duration: Double?
    var service: String?
    var remoteService: String?
    /// Zipkin's B3 single-span model: a server span that reuses its client's span id.
    var shared: Bool
    var tags: [String: String]

    /// The queue or topic a messaging span names, from the tags instrumentations write.
    var destination: String? {
        let keys = [
            "rabbit.queue", "kafka.topic", "messaging.destination.name", "messaging.destination",
            "message_bus.destination",
            "messaging.rabbitmq.destination.routing_key", "rabbit.routing_key", "rabbit.exchange",
        ]
        return keys.lazy.compactMap { self.tags[$0] }.first { !$0.isEmpty }
    }

    /// The protocol the tags show; http unless they say gRPC or GraphQL.
    var callProtocol: String {
        if tags["rpc.system"] == "grpc"
            || tags.keys.contains(where: { $0.hasPrefix("grpc.") || $0.hasPrefix("rpc.grpc") })
        {
            return "grpc"
        }
        if tags.keys.contains(where: { $0.hasPrefix("graphql.") }) { return "graphql" }
        return "http"
    }

    /// Whether the span talks to a database, by the tags database instrumentations write.
    var isDatabase: Bool {
        tags.keys.contains { key in
            key.hasPrefix("db.") || key.hasPrefix("sql.") || key.hasPrefix("cassandra.") || key.hasPrefix("redis.")
                || key.hasPrefix("mongodb.") || key.hasPrefix("memcached.")
        }
    }
}
