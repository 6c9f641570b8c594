import ArchitectureModel

extension ModelDecoder {
    func decodeDecisions(_ document: ObjectReader) -> [Decision] {
        var seen: [Int: Int] = [:]
        return document.listItems("decisions").compactMap { item in
            guard let reader = ObjectReader(item.node, spec: ModelSchema.decision, path: item.path, context: context)
            else { return nil }
            let id = reader.optional("id", .integer)
            let title = reader.optional("title", .string)
            let status = reader.optional("status", .enumeration(Decision.Status.self))
            let decision = Decision(
                id: id ?? 0,
                title: title ?? "",
                status: status ?? .proposed,
                context: reader.optional("context", .string),
                decision: reader.optional("decision", .string),
                consequences: reader.optional("consequences", .string),
                location: reader.location
            )
            if let id, let node = reader.node("id") {
                if let first = seen[id] {
                    context.error(
                        "decision id \(id) is already used by the decision at line \(first)",
                        hint: "number decisions uniquely",
                        path: reader.fieldPath("id"),
                        at: node
                    )
                } else {
                    seen[id] = reader.line
                }
            }
            return id == nil || title == nil || status == nil ? nil : decision
        }
    }

    func decodeWaivers(_ document: ObjectReader) -> [Waiver] {
        document.listItems("waivers").compactMap { item in
            guard let reader = ObjectReader(item.node, spec: ModelSchema.waiver, path: item.path, context: context)
            else { return nil }
            let rule = reader.optional("rule", .name)
            let target = reader.optional("target", .string)
            let reason = reader.optional("reason", .string)
            let expires = reader.optional("expires", .date)
            if let reason, reason.trimmingSpaces.isEmpty, let node = reader.node("reason") {
                context.error(
                    "a waiver's `reason` is empty",
                    hint: "say why the finding is accepted",
                    path: reader.fieldPath("reason"),
                    at: node
                )
            }
            guard let rule, let target, let reason else { return nil }
            return Waiver(rule: rule, target: target, reason: reason, expires: expires, location: reader.location)
        }
    }

    func decodeScenario(
        _ name: String,
        _ reader: ObjectReader,
        services: [Service],
        datastores: [Datastore],
        brokers: [Broker]
    ) -> Scenario? {
        if name == Scenario.baselineName {
            context.report(
                .error,
                "`baseline` is the built-in scenario (no faults, load 1); a scenario may not take its name",
                hint: "rename it, such as `baseline-load`",
                path: reader.path,
                at: reader.location
            )
        }
        var replicas: [String: Int] = [:]
        for service in services { replicas[service.name] = service.placement.replicas }
        for datastore in datastores { replicas[datastore.name] = datastore.placement.replicas }
        for broker in brokers { replicas[broker.name] = broker.placement.replicas }
        let faults = reader.listItems("faults").compactMap { decodeFault($0.node, path: $0.path, replicas: replicas) }
        return Scenario(
            name: name,
            description: reader.optional("description", .string),
            duration: reader.value("duration", .duration),
            load: reader.value("load", .number),
            faults: faults,
            location: reader.location
        )
    }

    private func decodeFault(_ node: YAMLNode, path: String, replicas: [String: Int]) -> Fault? {
        guard let reader = ObjectReader(node, spec: ModelSchema.fault, path: path, context: context) else { return nil }
        let type = reader.optional("type", .enumeration(FaultType.self))
        let at = reader.value("at", .duration)
        let duration = reader.optional("for", .duration)
        guard let type, let fields = ModelSchema.faultFields[type.rawValue] else { return nil }
        let general: Set = ["type", "at", "for"]
        for field in ModelSchema.fault.fields where reader.has(field.name) && !general.contains(field.name) {
            if !fields.required.contains(field.name), !fields.optional.contains(field.name) {
                let takes = (fields.required + fields.optional).map { "`\($0)`" }.joined(separator: ", ")
                context.report(
                    .error,
                    "\(type.rawValue.withArticle) fault has no field `\(field.name)`",
                    hint: "\(type.rawValue.withArticle) fault takes \(takes), `at` and `for`",
                    path: reader.fieldPath(field.name),
                    at: reader.keyLocation(field.name)
                )
            }
        }
        for field in fields.required where !reader.has(field) {
            context.report(
                .error,
                "\(type.rawValue.withArticle) fault needs `\(field)`",
                hint: "add `\(field):` (\(ModelSchema.fault.field(field)?.type.summary ?? ""))",
                path: path,
                at: reader.location
            )
        }
        let kind: Fault.Kind?
        switch type {
        case .zoneOutage:
            kind = reader.optional("zone", .name).map { .zoneOutage(zone: $0) }
        case .crash:
            let target = reader.optional("target", .name)
            let count = reader.optional("replicas", .integer)
            if let target, let count, let available = replicas[target], count > available,
                let countNode = reader.node("replicas")
            {
                context.error(
                    "the fault crashes \(count) replicas of `\(target)`, which has \(available)",
                    hint: "crash at most \(available), or leave `replicas` out to crash all",
                    path: reader.fieldPath("replicas"),
                    at: countNode
                )
            }
            kind = target.map { .crash(target: $0, replicas: count) }
        case .latency:
            let target = reader.optional("target", .name)
            let add = reader.optional("add", .duration)
            kind = target.flatMap { target in add.map { .latency(target: target, add: $0) } }
        case .errors:
            let target = reader.optional("target", .name)
            let rate = reader.optional("rate", .ratio)
            kind = target.flatMap { target in rate.map { .errors(target: target, rate: $0) } }
        case .loadSpike:
            kind = reader.optional("factor", .number).map { .loadSpike(factor: $0) }
        }
        if let duration, duration.seconds <= 0, let forNode = reader.node("for") {
            context.error(
                "`for` must be above 0",
                hint: "leave `for` out for the rest of the run",
                path: reader.fieldPath("for"),
                at: forNode
            )
        }
        return kind.map { Fault(kind: $0, at: at, duration: duration, location: reader.location) }
    }
}

/// The `type` of a fault as written.
enum FaultType: String, Sendable {
    case zoneOutage = "zone-outage"
    case crash, latency, errors
    case loadSpike = "load-spike"
}
