import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// One real system from `../shared/cases`, the files to import and which truth applies.
struct SharedCase: Sendable, CustomTestStringConvertible {
    enum Variant: Sendable {
        case compose, kubernetes
        case traces(file: String)
    }

    var directory: String
    var inputs: [String]
    var variant: Variant

    var testDescription: String { "\(directory) \(inputs.joined(separator: " "))" }

    static let all: [SharedCase] =
        [
            SharedCase(
                directory: "online-boutique",
                inputs: ["kubernetes-manifests", "istio-manifests", "kustomize/components/network-policies"],
                variant: .kubernetes
            ),
            SharedCase(directory: "opentelemetry-demo", inputs: ["docker-compose.yml"], variant: .compose),
            SharedCase(
                directory: "deathstarbench-socialnetwork",
                inputs: ["socialNetwork/docker-compose.yml"],
                variant: .compose
            ),
            SharedCase(directory: "sock-shop", inputs: ["deploy/docker-compose/docker-compose.yml"], variant: .compose),
            SharedCase(directory: "sock-shop", inputs: ["deploy/kubernetes"], variant: .kubernetes),
        ]
        + [
            "messaging.json", "messaging2.json", "messaging-kafka.json", "ascend.json", "skew.json",
            "simple-db-p6.json", "yelp.json", "smartthings-oauth-authorization.json",
            "smartthings-mobile-web-install.json",
        ].map {
            SharedCase(
                directory: "zipkin-sample-traces",
                inputs: ["zipkin-lens/testdata/\($0)"],
                variant: .traces(file: $0)
            )
        }
}

/// The truth of one case, read from `truth.json` as its `format_note` describes it.
struct CaseTruth {
    typealias Edge = Pair

    struct Pair: Hashable, Comparable, CustomStringConvertible {
        var from: String
        var to: String
        var description: String { "\(from) -> \(to)" }
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
    }

    /// Edges the files must show: `visible_in_deployment_files: yes`; for traces, what spans evidence
    /// (confidence high or medium).
    var required: Set<Edge> = []
    /// Every true edge of the variant, optional ones included: a predicted edge outside it is wrong.
    var allowed: Set<Edge> = []
    var forbidden: Set<Edge> = []
    var components: Set<String> = []
    /// Whether the prediction must equal `required` (trace cases).
    var exact = false

    init(_ sharedCase: SharedCase, root: [String: Any]) {
        var truth = root
        var excluded = "\u{0}"
        switch sharedCase.variant {
        case .compose: excluded = "kubernetes"
        case .kubernetes: excluded = "compose"
        case .traces(let file):
            truth = (root["files"] as? [String: Any])?[file] as? [String: Any] ?? [:]
            exact = true
        }
        func slug(_ text: Any?) -> String { ScalarSyntax.slug(text as? String ?? "") }
        func inVariant(_ item: [String: Any]) -> Bool { !((item["variant"] as? String) ?? "").contains(excluded) }
        for edge in truth["edges"] as? [[String: Any]] ?? [] where inVariant(edge) {
            let pair = Pair(from: slug(edge["from"]), to: slug(edge["to"]))
            if exact {
                guard (edge["confidence"] as? String) != "low" else { continue }
                required.insert(pair)
            } else if (edge["visible_in_deployment_files"] as? String) == "yes" {
                required.insert(pair)
            }
            allowed.insert(pair)
        }
        for edge in truth["optional_edges"] as? [[String: Any]] ?? [] {
            allowed.insert(Pair(from: slug(edge["from"]), to: slug(edge["to"])))
        }
        for edge in truth["not_edges"] as? [[String: Any]] ?? [] {
            // "currency | quote | shipping" and "a / b" name several components.
            let split = { (text: Any?) in
                (text as? String ?? "").components(separatedBy: CharacterSet(charactersIn: "|/")).map {
                    ScalarSyntax.slug($0.components(separatedBy: "(")[0])
                }
            }
            for from in split(edge["from"]) {
                for to in split(edge["to"]) { forbidden.insert(Pair(from: from, to: to)) }
            }
        }
        for service in truth["services"] as? [Any] ?? [] {
            if let name = service as? String {
                components.insert(ScalarSyntax.slug(name))
            } else if let service = service as? [String: Any], service["optional"] as? Bool != true, inVariant(service)
            {
                components.insert(slug(service["name"]))
            }
        }
        for store in truth["datastores"] as? [[String: Any]] ?? [] where store["optional"] as? Bool != true {
            if inVariant(store) { components.insert(slug(store["name"])) }
        }
        for broker in truth["brokers"] as? [[String: Any]] ?? [] { components.insert(slug(broker["name"])) }
        for item in truth["infrastructure"] as? [[String: Any]] ?? [] where item["kind"] as? String != "telemetry" {
            components.insert(slug(item["name"]))
        }
        for node in truth["remote_only_nodes"] as? [[String: Any]] ?? []
        where node["kind"] as? String != "remote name only" {
            components.insert(slug(node["name"]))
        }
    }
}

/// What a model shows, read back from its YAML: calls, producer-to-consumer pairs through topics,
/// datastore uses and components.
struct ModelGraph {
    var edges: Set<CaseTruth.Pair> = []
    var uses: Set<CaseTruth.Pair> = []
    var components: Set<String> = []

    init(_ model: SystemModel) {
        var publishers: [String: Set<String>] = [:]
        var subscribers: [String: Set<String>] = [:]
        for service in model.services {
            for call in service.calls { edges.insert(CaseTruth.Pair(from: service.name, to: call.to)) }
            for store in service.uses { uses.insert(CaseTruth.Pair(from: service.name, to: store)) }
            for topic in service.publishes { publishers[topic, default: []].insert(service.name) }
            for subscription in service.subscribes {
                subscribers[subscription.topic, default: []].insert(service.name)
                for topic in subscription.publishes { publishers[topic, default: []].insert(service.name) }
            }
        }
        for (topic, producers) in publishers {
            for producer in producers {
                for consumer in subscribers[topic] ?? [] { edges.insert(CaseTruth.Pair(from: producer, to: consumer)) }
            }
        }
        components = Set(model.services.map(\.name) + model.datastores.map(\.name) + model.brokers.map(\.name))
    }
}

/// Precision and recall, with both defined as 1 when there is nothing to find or nothing found.
struct Score: CustomStringConvertible {
    var precision: Double
    var recall: Double

    init(predicted: Set<CaseTruth.Pair>, required: Set<CaseTruth.Pair>, allowed: Set<CaseTruth.Pair>) {
        precision = predicted.isEmpty ? 1 : Double(predicted.intersection(allowed).count) / Double(predicted.count)
        recall = required.isEmpty ? 1 : Double(predicted.intersection(required).count) / Double(required.count)
    }

    init(predicted: Set<String>, truth: Set<String>) {
        precision = predicted.isEmpty ? 1 : Double(predicted.intersection(truth).count) / Double(predicted.count)
        recall = truth.isEmpty ? 1 : Double(predicted.intersection(truth).count) / Double(truth.count)
    }

    var description: String { String(format: "%.2f | %.2f", precision, recall) }
}
