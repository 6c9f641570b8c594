public import ArchitectureModel
import ArchitectureOutput
import Foundation

/// Writes a model as format-1 YAML that `ModelLoader` reads back to the same model: every field that
/// differs from the format's default, replicas always, in the order of the format's documentation.
public enum ModelWriter {
    public static func write(_ model: SystemModel, annotations: ModelAnnotations = ModelAnnotations()) -> String {
        var writer = Writer(annotations: annotations)
        writer.write(model)
        return writer.output
    }
}

private struct Writer {
    let annotations: ModelAnnotations
    var output = ""

    mutating func line(_ indent: Int, _ text: String) {
        output += String(repeating: "  ", count: indent) + text + "\n"
    }

    mutating func comments(_ indent: Int, _ path: String) {
        for comment in annotations.above[path] ?? [] {
            for part in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                line(indent, part.isEmpty ? "#" : "# \(part)")
            }
        }
    }

    mutating func write(_ model: SystemModel) {
        for header in annotations.header { line(0, header.isEmpty ? "#" : "# \(header)") }
        line(0, "architect: \(model.format)")
        comments(0, "system")
        line(0, "system:")
        line(1, "name: \(name(model.system.name))")
        if let description = model.system.description { line(1, "description: \(quoted(description))") }
        write(model.system.requirements)
        if model.zones != Zones() {
            line(0, "zones:")
            line(1, "names: [\(model.zones.names.map(name).joined(separator: ", "))]")
            if model.zones.availability != Zones().availability {
                line(1, "availability: \(ratio(model.zones.availability))")
            }
        }
        section("services", model.services.map { ($0.name, $0) }) { writer, path, service in
            writer.write(service, path: path)
        }
        section("datastores", model.datastores.map { ($0.name, $0) }) { writer, path, store in
            writer.write(store)
        }
        section("brokers", model.brokers.map { ($0.name, $0) }) { writer, path, broker in
            writer.common(label: broker.label, description: broker.description)
            if broker.kind != .other { writer.line(2, "kind: \(broker.kind.rawValue)") }
            writer.write(broker.placement, broker.serving)
        }
        section("topics", model.topics.map { ($0.name, $0) }) { writer, path, topic in
            writer.write(topic)
        }
        section("workflows", model.workflows.map { ($0.name, $0) }) { writer, path, workflow in
            writer.write(workflow, path: path)
        }
    }

    private mutating func section<Element>(
        _ key: String,
        _ elements: [(String, Element)],
        body: (inout Writer, String, Element) -> Void
    ) {
        guard !elements.isEmpty else { return }
        output += "\n"
        comments(0, key)
        line(0, "\(key):")
        for (elementName, element) in elements {
            let path = "\(key).\(elementName)"
            comments(1, path)
            line(1, "\(name(elementName)):")
            body(&self, path, element)
        }
    }

    private mutating func write(_ requirements: Requirements) {
        let defaults = Requirements()
        guard requirements != defaults else { return }
        line(1, "requirements:")
        if requirements.peakRPS != defaults.peakRPS { line(2, "peak_rps: \(number(requirements.peakRPS))") }
        if requirements.growth != defaults.growth { line(2, "growth: \(number(requirements.growth))") }
        if let availability = requirements.availability { line(2, "availability: \(ratio(availability))") }
        if let latency = requirements.latencyP99 { line(2, "latency_p99: \(duration(latency))") }
        if let budget = requirements.budgetMonthly { line(2, "budget_monthly: \(number(budget))") }
        if !requirements.compliance.isEmpty { line(2, "compliance: \(list(requirements.compliance.map(quoted)))") }
        if !requirements.dataResidency.isEmpty {
            line(2, "data_residency: \(list(requirements.dataResidency.map(quoted)))")
        }
    }

    private mutating func common(label: String?, description: String?) {
        if let label { line(2, "label: \(quoted(label))") }
        if let description { line(2, "description: \(quoted(description))") }
    }

    private mutating func write(_ service: Service, path: String) {
        common(label: service.label, description: service.description)
        if service.kind != .service { line(2, "kind: \(service.kind.rawValue)") }
        if let context = service.context { line(2, "context: \(quoted(context))") }
        if let team = service.team { line(2, "team: \(quoted(team))") }
        write(service.placement, service.serving, external: service.kind == .external)
        if service.stateful { line(2, "stateful: true") }
        if let health = service.health {
            let fields = [
                health.liveness.map { "liveness: \(quoted($0))" }, health.readiness.map { "readiness: \(quoted($0))" },
            ].compactMap { $0 }
            line(2, "health: {\(fields.joined(separator: ", "))}")
        }
        if let autoscale = service.autoscale {
            line(
                2,
                "autoscale: {min: \(autoscale.min), max: \(autoscale.max), target_utilization: \(ratio(autoscale.targetUtilization))}"
            )
        }
        if let auth = service.auth { line(2, "auth: \(auth.rawValue)") }
        let exposedByDefault = service.kind == .gateway || service.kind == .frontend
        if service.exposed != exposedByDefault { line(2, "exposed: \(service.exposed)") }
        if let rateLimit = service.rateLimit { line(2, "rate_limit: \(number(rateLimit))") }
        if service.tracing { line(2, "tracing: true") }
        if service.metrics { line(2, "metrics: true") }
        names("uses", service.uses, path: path)
        names("publishes", service.publishes, path: path)
        if !service.subscribes.isEmpty {
            line(2, "subscribes:")
            for (index, subscription) in service.subscribes.enumerated() {
                comments(3, "\(path).subscribes[\(index)]")
                if subscription.publishes.isEmpty {
                    line(3, "- \(name(subscription.topic))")
                } else {
                    line(
                        3,
                        "- {topic: \(name(subscription.topic)), publishes: \(list(subscription.publishes.map(name)))}"
                    )
                }
            }
        }
        if service.outbox { line(2, "outbox: true") }
        if !service.endpoints.isEmpty {
            line(2, "endpoints:")
            for endpoint in service.endpoints {
                line(3, "- {method: \(quoted(endpoint.method)), path: \(quoted(endpoint.path))}")
            }
        }
        if !service.calls.isEmpty {
            line(2, "calls:")
            for (index, call) in service.calls.enumerated() {
                comments(3, "\(path).calls[\(index)]")
                line(3, "- {\(fields(of: call).joined(separator: ", "))}")
            }
        }
    }

    private func fields(of call: Call) -> [String] {
        var fields = ["to: \(name(call.to))"]
        if call.callProtocol != .http { fields.append("protocol: \(call.callProtocol.rawValue)") }
        if call.perRequest != 1 { fields.append("per_request: \(number(call.perRequest))") }
        if let timeout = call.timeout { fields.append("timeout: \(duration(timeout))") }
        if call.retries != Retries() {
            let retries = call.retries
            if retries.backoff == .none, !retries.jitter, retries.budget == nil, retries.base == Retries().base {
                fields.append("retries: \(retries.max)")
            } else {
                var parts = ["max: \(retries.max)", "backoff: \(retries.backoff.rawValue)"]
                if retries.base != Retries().base { parts.append("base: \(duration(retries.base))") }
                if retries.jitter { parts.append("jitter: true") }
                if let budget = retries.budget { parts.append("budget: \(ratio(budget))") }
                fields.append("retries: {\(parts.joined(separator: ", "))}")
            }
        }
        if let breaker = call.circuitBreaker {
            fields.append(
                "circuit_breaker: {failure_rate: \(ratio(breaker.failureRate)), min_calls: \(breaker.minCalls), open_for: \(duration(breaker.openFor))}"
            )
        }
        if call.fallback != .none { fields.append("fallback: \(call.fallback.rawValue)") }
        if call.idempotent { fields.append("idempotent: true") }
        if let parallel = call.parallel { fields.append("parallel: \(quoted(parallel))") }
        return fields
    }

    private mutating func names(_ key: String, _ values: [String], path: String) {
        guard !values.isEmpty else { return }
        let commented = values.indices.contains { annotations.above["\(path).\(key)[\($0)]"] != nil }
        guard commented else {
            line(2, "\(key): \(list(values.map(name)))")
            return
        }
        line(2, "\(key):")
        for (index, value) in values.enumerated() {
            comments(3, "\(path).\(key)[\(index)]")
            line(3, "- \(name(value))")
        }
    }

    private mutating func write(_ store: Datastore) {
        common(label: store.label, description: store.description)
        if store.kind != .other { line(2, "kind: \(store.kind.rawValue)") }
        if store.role != .primary { line(2, "role: \(store.role.rawValue)") }
        if let owner = store.owner { line(2, "owner: \(name(owner))") }
        write(store.placement, store.serving)
        if let replication = store.replication { line(2, "replication: \(replication.rawValue)") }
        if let sharding = store.sharding {
            line(2, "sharding: {key: \(quoted(sharding.key)), shards: \(sharding.shards)}")
        }
        if let backup = store.backup {
            let parts = [backup.rpo.map { "rpo: \(duration($0))" }, backup.rto.map { "rto: \(duration($0))" }]
            line(2, "backup: {\(parts.compactMap { $0 }.joined(separator: ", "))}")
        }
        if store.encrypted { line(2, "encrypted: true") }
        if !store.contains.isEmpty { line(2, "contains: \(list(store.contains.map(quoted)))") }
    }

    private mutating func write(_ topic: Topic) {
        common(label: topic.label, description: topic.description)
        line(2, "broker: \(name(topic.broker))")
        if let partitions = topic.partitions { line(2, "partitions: \(partitions)") }
        if topic.delivery != .atLeastOnce { line(2, "delivery: \(topic.delivery.rawValue)") }
        if topic.deadLetter { line(2, "dead_letter: true") }
        if let ordering = topic.ordering { line(2, "ordering: \(ordering.rawValue)") }
        if let retention = topic.retention { line(2, "retention: \(duration(retention))") }
    }

    private mutating func write(_ workflow: Workflow, path: String) {
        common(label: workflow.label, description: workflow.description)
        line(2, "entry: \(name(workflow.entry))")
        if workflow.shareDeclared { line(2, "share: \(share(workflow.share))") }
        if let availability = workflow.availability { line(2, "availability: \(ratio(availability))") }
        if let latency = workflow.latencyP99 { line(2, "latency_p99: \(duration(latency))") }
        if let steps = workflow.steps {
            line(2, "steps:")
            for step in steps { line(3, "- \(step.caller) -> \(step.callee)") }
        }
    }

    private mutating func write(_ placement: Placement, _ serving: Serving, external: Bool = false) {
        line(2, "replicas: \(placement.replicas)")
        if !external, placement.zones != [Zones().names[0]], !placement.zones.isEmpty {
            line(2, "zones: \(list(placement.zones.map(name)))")
        }
        if placement.instanceAvailability != Placement(zones: []).instanceAvailability {
            line(2, "instance_availability: \(ratio(placement.instanceAvailability))")
        }
        if let time = serving.serviceTime { line(2, "service_time: \(duration(time))") }
        if let time = serving.serviceTimeP99 { line(2, "service_time_p99: \(duration(time))") }
        if serving.concurrency != 1 { line(2, "concurrency: \(serving.concurrency)") }
        if let cost = serving.costPerReplica { line(2, "cost_per_replica: \(number(cost))") }
        if let limit = serving.maxInFlight { line(2, "max_in_flight: \(limit)") }
        if let limit = serving.maxQueue { line(2, "max_queue: \(limit)") }
    }

    // MARK: Scalars

    /// A name as a plain scalar, quoted when YAML would read it as a number, boolean or null.
    private func name(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]
        if reserved.contains(text) || text.first?.isNumber == true || text.isEmpty { return quoted(text) }
        return text
    }

    private func list(_ items: [String]) -> String { "[\(items.joined(separator: ", "))]" }

    /// A JSON string literal, which YAML reads as a double-quoted scalar.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Decimal notation, six decimals at most: an exponent would not read back as the same type.
    private func number(_ value: Double) -> String { NumberText.plain(value, places: 6) }

    /// A percentage with up to four decimals: `99.95%`.
    private func ratio(_ value: Double) -> String { NumberText.plain(value * 100, places: 4) + "%" }

    /// A workflow share rounded down to 0.01%, so rounded shares never add up past 100%.
    private func share(_ value: Double) -> String {
        ratio(max(0.0001, (value * 10_000 + 1e-9).rounded(.down) / 10_000))
    }

    /// The largest unit that keeps at most three decimals: `250ms`, `1.5s`, `7d`, `4.872ms`.
    private func duration(_ span: TimeSpan) -> String {
        let units: [(String, Double)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1), ("ms", 0.001)]
        for (unit, size) in units {
            let value = span.seconds / size
            if value >= 1, abs((value * 1000).rounded() - value * 1000) < 1e-6 * max(1, value) {
                return trimmed(value) + unit
            }
        }
        let milliseconds = span.seconds * 1000
        if milliseconds >= 1 { return trimmed((milliseconds * 1000).rounded() / 1000) + "ms" }
        return trimmed(max(1, (span.seconds * 1_000_000).rounded())) + "us"
    }

    private func trimmed(_ value: Double) -> String { NumberText.plain(value, places: 3) }
}
