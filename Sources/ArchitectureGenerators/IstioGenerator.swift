package import ArchitectureModel
import ArchitectureOutput
import Foundation

/// Per workload: a VirtualService carrying its callers' timeouts and retries, a DestinationRule with
/// outlier detection (circuit breaker) and connection-pool limits (bulkhead), PeerAuthentication STRICT
/// for `auth: mtls`, and an AuthorizationPolicy that admits only its callers' service accounts.
package struct IstioGenerator: ArtifactGenerator {
    package static let target = "istio"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        let topology = ServiceTopology(model, configuration: configuration)
        var generation = Generation()
        for service in topology.workloads {
            var documents: [JSONValue] = []
            if let routes = virtualService(service, topology, warnings: &generation.warnings) {
                documents.append(routes)
            }
            if let rule = destinationRule(service, topology) { documents.append(rule) }
            if service.auth == .mtls { documents.append(peerAuthentication(service, topology)) }
            documents.append(authorizationPolicy(service, topology))
            generation.files.append(
                GeneratedFile(path: "istio/\(service.name).yaml", contents: YAMLRendering.render(documents))
            )
        }
        for service in model.services where service.kind == .external {
            let callers = model.services.filter { $0.calls.contains { $0.to == service.name } }.map(\.name)
            guard !callers.isEmpty else { continue }
            generation.warnings.append(
                "\(service.name) is external: the timeouts and retries of \(callers.joined(separator: ", ")) toward it need a ServiceEntry for its host, which the model does not name"
            )
        }
        if configuration.isDefault(\.ingressPrincipal) && topology.workloads.contains(where: \.exposed) {
            placeholders(&generation)
        }
        return generation
    }

    func placeholders(_ generation: inout Generation) {
        generation.placeholders.append(
            "istio: ingress gateway principal \(configuration.ingressPrincipal) for exposed services (--ingress-principal)"
        )
    }

    // MARK: Timeouts and retries

    /// A call's settings as Istio expresses them.
    struct RouteSettings: Hashable {
        var timeout: String?
        var retries: JSONValue
    }

    /// The model's timeout is per attempt, so it becomes `perTryTimeout`; Istio's `timeout` bounds the
    /// whole call, every attempt plus the backoff between them. No retries is written `attempts: 0`,
    /// or Istio's default of two retries would apply.
    func settings(_ call: Call) -> RouteSettings {
        let retries = call.retries
        guard retries.max > 0 else {
            return RouteSettings(timeout: call.timeout.map(duration), retries: ["attempts": 0])
        }
        let total = call.timeout.map { TimeSpan(seconds: $0.seconds * Double(retries.attempts) + backoff(retries)) }
        return RouteSettings(
            timeout: total.map(duration),
            retries: .members([
                "attempts": .int(retries.max),
                "perTryTimeout": call.timeout.map { .string(duration($0)) },
                "retryOn": .string(retryOn(call)),
            ])
        )
    }

    /// The model's total wait between attempts (Envoy's own backoff is shorter, so this bound holds).
    func backoff(_ retries: Retries) -> Double {
        switch retries.backoff {
        case .none: 0
        case .constant: retries.base.seconds * Double(retries.max)
        case .exponential: retries.base.seconds * (pow(2, Double(retries.max)) - 1)
        }
    }

    /// A call that is not idempotent is retried only when the request cannot have reached the callee.
    func retryOn(_ call: Call) -> String {
        guard call.idempotent else { return "connect-failure,refused-stream" }
        switch call.callProtocol {
        case .grpc: return "connect-failure,refused-stream,unavailable,cancelled,resource-exhausted"
        case .http, .graphql: return "connect-failure,refused-stream,reset,5xx"
        }
    }

    /// One route when every caller agrees; otherwise a route per distinct setting, matched on the callers'
    /// pod labels, since Istio applies timeouts and retries per destination.
    func virtualService(_ service: Service, _ topology: ServiceTopology, warnings: inout [String]) -> JSONValue? {
        let calls = topology.calls(to: service.name)
        guard !calls.isEmpty else { return nil }
        var groups: [(settings: RouteSettings, callers: [String])] = []
        var chosen: [String: RouteSettings] = [:]
        for caller in calls {
            let settings = settings(caller.call)
            if let earlier = chosen[caller.service.name] {
                if earlier != settings {
                    warnings.append(
                        "\(caller.service.name) calls \(service.name) twice with different timeouts or retries; Istio routes by caller, so the first call's settings apply to both"
                    )
                }
                continue
            }
            chosen[caller.service.name] = settings
            if let index = groups.firstIndex(where: { $0.settings == settings }) {
                groups[index].callers.append(caller.service.name)
            } else {
                groups.append((settings, [caller.service.name]))
            }
        }
        let destination: JSONValue = ["destination": ["host": .string(topology.host(of: service.name))]]
        let routes = groups.map { group -> JSONValue in
            let match: JSONValue? =
                groups.count == 1
                ? nil
                : .array(group.callers.map { ["sourceLabels": [ServiceTopology.nameLabel: .string($0)]] })
            return .members([
                "name": .string(groups.count == 1 ? "all-callers" : "from-\(group.callers.joined(separator: "-"))"),
                "match": match,
                "route": [destination],
                "timeout": group.settings.timeout.map { .string($0) },
                "retries": group.settings.retries,
            ])
        }
        return [
            "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
            "metadata": topology.metadata(service.name, of: service),
            "spec": ["hosts": [.string(topology.host(of: service.name))], "http": .array(routes)],
        ]
    }

    // MARK: Circuit breaking and bulkheads

    /// Outlier detection ejects a replica after the breaker's share of its minimum calls failed in a row,
    /// for `open_for`; when callers differ, the most sensitive breaker wins (it protects every caller).
    /// The pool caps requests at what all replicas admit (`max_in_flight`, `max_queue` per replica).
    func destinationRule(_ service: Service, _ topology: ServiceTopology) -> JSONValue? {
        let breakers = topology.calls(to: service.name).compactMap(\.call.circuitBreaker)
        let outlier = breakers.min { consecutiveErrors($0) < consecutiveErrors($1) }.map { breaker -> JSONValue in
            [
                "consecutive5xxErrors": .int(consecutiveErrors(breaker)),
                "interval": "10s",
                "baseEjectionTime": .string(duration(breaker.openFor)),
                "maxEjectionPercent": 100,
            ]
        }
        let replicas = service.autoscale?.max ?? service.placement.replicas
        let http = JSONValue.members([
            "http2MaxRequests": service.serving.maxInFlight.map { .int($0 * replicas) },
            "http1MaxPendingRequests": service.serving.maxQueue.map { .int(Swift.max(1, $0 * replicas)) },
        ])
        let pool: JSONValue? = http.objectMembers.isEmpty ? nil : ["http": http]
        let tls: JSONValue? = service.auth == .mtls ? ["mode": "ISTIO_MUTUAL"] : nil
        guard outlier != nil || pool != nil || tls != nil else { return nil }
        return [
            "apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
            "metadata": topology.metadata(service.name, of: service),
            "spec": [
                "host": .string(topology.host(of: service.name)),
                "trafficPolicy": .members(["connectionPool": pool, "outlierDetection": outlier, "tls": tls]),
            ],
        ]
    }

    func consecutiveErrors(_ breaker: CircuitBreaker) -> Int {
        Swift.max(1, Int((Double(breaker.minCalls) * breaker.failureRate).rounded(.up)))
    }

    // MARK: Identity

    func peerAuthentication(_ service: Service, _ topology: ServiceTopology) -> JSONValue {
        [
            "apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
            "metadata": topology.metadata(service.name, of: service),
            "spec": ["selector": ["matchLabels": topology.selector(of: service)], "mtls": ["mode": "STRICT"]],
        ]
    }

    /// ALLOW with the callers' principals; a workload nobody calls gets an ALLOW without rules, which
    /// admits nothing.
    func authorizationPolicy(_ service: Service, _ topology: ServiceTopology) -> JSONValue {
        var principals = topology.callers(of: service.name).map {
            JSONValue.string(topology.principal(of: $0.service.name, trustDomain: configuration.trustDomain))
        }
        if service.exposed { principals.append(.string(configuration.ingressPrincipal)) }
        return [
            "apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy",
            "metadata": topology.metadata(service.name, of: service),
            "spec": .members([
                "selector": ["matchLabels": topology.selector(of: service)],
                "action": "ALLOW",
                "rules": principals.isEmpty ? nil : [["from": [["source": ["principals": .array(principals)]]]]],
            ]),
        ]
    }

    /// Protobuf duration syntax (seconds with an `s`), which every Istio field accepts.
    func duration(_ span: TimeSpan) -> String { NumberText.plain(span.seconds, places: 3) + "s" }
}
