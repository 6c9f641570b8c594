import ArchitectureModel
import ArchitectureOutput
import Foundation

extension ModelDecoder {
    /// Replicas, zones and instance availability, common to services, datastores and brokers.
    func decodePlacement(
        _ reader: ObjectReader,
        zones: Zones,
        defaultReplicas: Int = 1,
        inNoZone: Bool = false
    ) -> Placement {
        var placement = Placement(
            replicas: reader.optional("replicas", .integer) ?? defaultReplicas,
            zones: inNoZone ? [] : [zones.names.first ?? "default"],
            instanceAvailability: reader.value("instance_availability", .ratio)
        )
        if reader.has("zones") {
            if inNoZone, let node = reader.node("zones") {
                context.error(
                    "an external service sits in no zone, so it cannot declare `zones`",
                    hint: "remove `zones`; its availability comes from its replicas alone",
                    path: reader.fieldPath("zones"),
                    at: node
                )
            } else {
                let names = uniqueNames(reader.listItems("zones"), what: "zone")
                if !names.isEmpty {
                    placement.zones = names
                } else if let node = reader.node("zones"), node.items?.isEmpty == true {
                    context.error(
                        "`zones` is empty",
                        hint: "list at least one zone, or leave `zones` out for the first zone",
                        path: reader.fieldPath("zones"),
                        at: node
                    )
                }
            }
        }
        return placement
    }

    /// Service time, its p99, concurrency, cost and per-replica limits.
    func decodeServing(_ reader: ObjectReader) -> Serving {
        let serving = Serving(
            serviceTime: reader.optional("service_time", .duration),
            serviceTimeP99: reader.optional("service_time_p99", .duration),
            concurrency: reader.value("concurrency", .integer),
            costPerReplica: reader.optional("cost_per_replica", .number),
            maxInFlight: reader.optional("max_in_flight", .integer),
            maxQueue: reader.optional("max_queue", .integer)
        )
        if let mean = serving.serviceTime, mean.seconds <= 0, let node = reader.node("service_time") {
            context.error("`service_time` must be above 0", path: reader.fieldPath("service_time"), at: node)
        }
        if let p99 = serving.serviceTimeP99, let node = reader.node("service_time_p99") {
            checkLognormal(
                p99: p99,
                mean: serving.serviceTime,
                hasMean: reader.has("service_time"),
                path: reader.fieldPath("service_time_p99"),
                at: node
            )
        }
        return serving
    }

    /// The p99 must fix a lognormal with the mean: ln(p99 / mean) = 2.3263 sigma - sigma^2 / 2 needs a real root.
    private func checkLognormal(p99: TimeSpan, mean: TimeSpan?, hasMean: Bool, path: String, at node: YAMLNode) {
        guard let mean else {
            if !hasMean {
                context.error(
                    "`service_time_p99` needs `service_time`, the mean it shapes",
                    hint: "add `service_time:` (the mean)",
                    path: path,
                    at: node
                )
            }
            return
        }
        guard mean.seconds > 0 else { return }
        let ratio = p99.seconds / mean.seconds
        let z = 2.3263
        let largest = exp(z * z / 2)
        if ratio <= 1 {
            context.error(
                "`service_time_p99` \(p99) is not above `service_time` \(mean); a p99 lies above the mean",
                path: path,
                at: node
            )
        } else if ratio > largest * (1 + 1e-9) {
            context.error(
                "`service_time_p99` \(p99) is \(NumberText.decimal(ratio, decimals: 2)) times `service_time` \(mean); no lognormal has a p99 above \(NumberText.decimal(largest, decimals: 2)) times its mean",
                hint: "raise `service_time` or lower `service_time_p99`",
                path: path,
                at: node
            )
        }
    }

    func decodeService(_ name: String, _ reader: ObjectReader, zones: Zones) -> Service {
        let kind = reader.value("kind", .enumeration(Service.Kind.self))
        let autoscale = reader.object("autoscale").map(decodeAutoscale)
        let placement = decodePlacement(
            reader,
            zones: zones,
            defaultReplicas: autoscale?.min ?? 1,
            inNoZone: kind == .external
        )
        if let autoscale, reader.has("replicas"),
            !(autoscale.min...max(autoscale.min, autoscale.max)).contains(placement.replicas),
            let node = reader.node("replicas")
        {
            context.error(
                "`replicas` \(placement.replicas) is outside the autoscale range [\(autoscale.min), \(autoscale.max)]",
                hint: "set replicas within the range, or leave it out to start at autoscale.min",
                path: reader.fieldPath("replicas"),
                at: node
            )
        }
        var health: Health?
        if let healthReader = reader.object("health") {
            health = Health(
                liveness: healthReader.optional("liveness", .string),
                readiness: healthReader.optional("readiness", .string)
            )
        }
        let usesItems = reader.listItems("uses")
        let uses = uniqueNames(usesItems, what: "datastore")
        if uses.count != usesItems.count || (reader.has("uses") && reader.node("uses")?.items == nil) {
            servicesWithInvalidUses.insert(name)
        }
        let publishes = uniqueNames(reader.listItems("publishes"), what: "topic")
        if !publishes.isEmpty {
            publishesLocations[name] = reader.keyLocation("publishes")
        }
        return Service(
            name: name,
            label: reader.optional("label", .string),
            kind: kind,
            description: reader.optional("description", .string),
            context: reader.optional("context", .string),
            team: reader.optional("team", .string),
            placement: placement,
            serving: decodeServing(reader),
            stateful: reader.value("stateful", .boolean),
            health: health,
            autoscale: autoscale,
            auth: reader.optional("auth", .enumeration(Service.Auth.self)),
            exposed: reader.optional("exposed", .boolean),
            rateLimit: reader.optional("rate_limit", .number),
            tracing: reader.value("tracing", .boolean),
            metrics: reader.value("metrics", .boolean),
            uses: uses,
            publishes: publishes,
            subscribes: decodeSubscriptions(reader),
            outbox: reader.value("outbox", .boolean),
            endpoints: decodeEndpoints(reader),
            calls: reader.listItems("calls").compactMap { decodeCall($0.node, path: $0.path) },
            location: reader.location
        )
    }

    private func decodeAutoscale(_ reader: ObjectReader) -> Autoscale {
        let minimum = reader.value("min", .integer)
        let autoscale = Autoscale(
            min: minimum,
            max: reader.optional("max", .integer) ?? minimum,
            targetUtilization: reader.value("target_utilization", .ratio)
        )
        if autoscale.min > autoscale.max, let node = reader.node("max") {
            context.error(
                "autoscale `max` \(autoscale.max) is below `min` \(autoscale.min)",
                path: reader.fieldPath("max"),
                at: node
            )
        }
        if autoscale.targetUtilization <= 0, let node = reader.node("target_utilization") {
            context.error(
                "`target_utilization` must be above 0%",
                path: reader.fieldPath("target_utilization"),
                at: node
            )
        }
        return autoscale
    }

    private func decodeEndpoints(_ reader: ObjectReader) -> [Endpoint] {
        reader.listItems("endpoints").compactMap { item in
            guard let endpoint = ObjectReader(item.node, spec: ModelSchema.endpoint, path: item.path, context: context)
            else { return nil }
            guard let method = endpoint.optional("method", .enumeration(HTTPMethod.self)),
                let path = endpoint.optional("path", .string)
            else { return nil }
            if !path.hasPrefix("/"), let node = endpoint.node("path") {
                context.error(
                    "endpoint path `\(path.truncatedForMessage)` does not start with `/`",
                    hint: "write `/\(path)`",
                    path: endpoint.fieldPath("path"),
                    at: node
                )
            }
            return Endpoint(method: method.rawValue, path: path)
        }
    }

    private func decodeSubscriptions(_ reader: ObjectReader) -> [Subscription] {
        var seen: Set<String> = []
        return reader.listItems("subscribes").compactMap { item in
            var subscription: Subscription
            var topicNode = item.node
            if item.node.pairs != nil {
                guard
                    let long = ObjectReader(
                        item.node,
                        spec: ModelSchema.subscription,
                        path: item.path,
                        context: context
                    ),
                    let topic = long.optional("topic", .name)
                else { return nil }
                let publishes = uniqueNames(long.listItems("publishes"), what: "topic")
                subscription = Subscription(topic: topic, publishes: publishes, location: long.location)
                topicNode = long.node("topic") ?? item.node
            } else {
                guard let topic = Reading.name.read(item.node, .name(.topic), item.path, context) else { return nil }
                subscription = Subscription(topic: topic, location: context.location(item.node.line, item.node.column))
            }
            guard seen.insert(subscription.topic).inserted else {
                context.error(
                    "topic `\(subscription.topic)` appears twice in `subscribes`",
                    hint: "merge the two subscriptions into one",
                    path: item.path,
                    at: topicNode
                )
                return nil
            }
            return subscription
        }
    }

    private func decodeCall(_ node: YAMLNode, path: String) -> Call? {
        guard let reader = ObjectReader(node, spec: ModelSchema.call, path: path, context: context) else { return nil }
        let to = reader.optional("to", .name)
        var retries = Retries()
        switch reader.either("retries", .integer, isShortForm: { $0.isPlain && ScalarSyntax.number($0.text) != nil }) {
        case .short(let count): retries.max = count
        case .long(let long):
            retries = Retries(
                max: long.optional("max", .integer) ?? 0,
                backoff: long.value("backoff", .enumeration(Retries.Backoff.self)),
                base: long.value("base", .duration),
                jitter: long.value("jitter", .boolean),
                budget: long.optional("budget", .ratio)
            )
        case nil: break
        }
        var breaker: CircuitBreaker?
        switch reader.either(
            "circuit_breaker",
            .boolean,
            isShortForm: { $0.isPlain && ["true", "false"].contains($0.text) }
        ) {
        case .short(let enabled): breaker = enabled ? CircuitBreaker() : nil
        case .long(let long):
            breaker = CircuitBreaker(
                failureRate: long.value("failure_rate", .ratio),
                minCalls: long.value("min_calls", .integer),
                openFor: long.value("open_for", .duration)
            )
        case nil: break
        }
        let timeout = reader.optional("timeout", .duration)
        if let timeout, timeout.seconds <= 0, let timeoutNode = reader.node("timeout") {
            context.error(
                "`timeout` must be above 0",
                hint: "leave `timeout` out for no timeout",
                path: reader.fieldPath("timeout"),
                at: timeoutNode
            )
        }
        let call = Call(
            to: to ?? "",
            callProtocol: reader.value("protocol", .enumeration(Call.CallProtocol.self)),
            perRequest: reader.value("per_request", .number),
            timeout: timeout,
            retries: retries,
            circuitBreaker: breaker,
            fallback: reader.value("fallback", .enumeration(Call.Fallback.self)),
            idempotent: reader.value("idempotent", .boolean),
            parallel: reader.optional("parallel", .string),
            location: reader.location
        )
        return to == nil ? nil : call
    }
}

/// The HTTP methods an endpoint may declare.
enum HTTPMethod: String, CaseIterable, Sendable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
    case head = "HEAD"
    case options = "OPTIONS"
}
