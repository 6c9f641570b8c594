package import ArchitectureModel

/// One AsyncAPI 3.0 document for the system: a server per broker, a channel per topic, and an operation
/// per publisher (`send`) and subscriber (`receive`), publishes of subscriptions' long form included.
/// Payloads are not in the model, so every message is an object the user describes.
package struct AsyncAPIGenerator: ArtifactGenerator {
    package static let target = "asyncapi"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        guard !model.topics.isEmpty else { return Generation() }
        return Generation(
            files: [
                GeneratedFile(
                    path: "asyncapi/\(model.system.name).yaml",
                    contents: YAMLRendering.render(document(model))
                )
            ],
            placeholders: [
                "asyncapi: broker hosts are the broker names (\(model.brokers.map(\.name).joined(separator: ", "))); message payloads are empty objects"
            ]
        )
    }

    func document(_ model: SystemModel) -> JSONValue {
        let servers = model.brokers.map { broker -> (String, JSONValue) in
            (
                broker.name,
                .members([
                    "host": .string(broker.name), "protocol": .string(serverProtocol(broker.kind)),
                    "description": broker.label.map { .string($0) },
                ])
            )
        }
        let channels = model.topics.map { topic -> (String, JSONValue) in
            let message = JSONValue.members([
                "name": .string(topic.name),
                "title": .string(topic.label ?? topic.name),
                "summary": .string(
                    "\(topic.delivery.rawValue) delivery\(topic.deadLetter ? ", dead-letter queue" : "")"
                ),
                "payload": ["type": "object"],
            ])
            return (
                topic.name,
                .members([
                    "address": .string(topic.name),
                    "description": topic.description.map { .string($0) },
                    "messages": .object([(topic.name, message)]),
                    "servers": [["$ref": .string("#/servers/\(topic.broker)")]],
                ])
            )
        }
        return .members([
            "asyncapi": "3.0.0",
            "info": .members([
                "title": .string("\(model.system.name) events"), "version": "0.0.0",
                "description": model.system.description.map { .string($0) },
            ]),
            "servers": .object(servers),
            "channels": .object(channels),
            "operations": .object(operations(model)),
        ])
    }

    func operations(_ model: SystemModel) -> [(String, JSONValue)] {
        var operations: [(String, JSONValue)] = []
        func add(_ service: String, _ action: String, _ topic: String) {
            let id = "\(service)-\(action)-\(topic)"
            guard !operations.contains(where: { $0.0 == id }) else { return }
            operations.append(
                (
                    id,
                    [
                        "action": .string(action),
                        "channel": ["$ref": .string("#/channels/\(topic)")],
                        "summary": .string("\(service) \(action)s \(topic)"),
                        "messages": [["$ref": .string("#/channels/\(topic)/messages/\(topic)")]],
                    ]
                )
            )
        }
        let topics = Set(model.topics.map(\.name))
        for service in model.services {
            for topic in service.publishes where topics.contains(topic) { add(service.name, "send", topic) }
            for subscription in service.subscribes where topics.contains(subscription.topic) {
                add(service.name, "receive", subscription.topic)
                for topic in subscription.publishes where topics.contains(topic) { add(service.name, "send", topic) }
            }
        }
        return operations
    }

    func serverProtocol(_ kind: Broker.Kind) -> String {
        switch kind {
        case .rabbitmq: "amqp"
        case .kafka, .sqs, .sns, .nats, .pulsar, .other: kind.rawValue
        }
    }
}
