import ArchitectureLoading
import ArchitectureModel

/// Ingress, Istio and NetworkPolicy routes, and the capacity objects (HPA, PDB).
extension ManifestReader {
    /// An Ingress routes external traffic through its controller: a gateway component outside these files.
    mutating func readIngress(_ manifest: Manifest) {
        let node = manifest.node
        let className =
            node.at("spec.ingressClassName")?.string
            ?? node.at("metadata.annotations")?.stringMap["kubernetes.io/ingress.class"]
        let gateway = ImportNames.slug(className.map { $0.contains("ingress") ? $0 : "\($0)-ingress" } ?? "ingress")
        addGateway(gateway, evidence: manifest.evidence("Ingress \(manifest.name)"))
        var backends: [(String, Int)] = []
        for backend in [node.at("spec.defaultBackend"), node.at("spec.backend")].compactMap({ $0 }) {
            if let name = backend.at("service.name")?.string ?? backend["serviceName"]?.string {
                backends.append((name, backend.line))
            }
        }
        for rule in node.at("spec.rules")?.list ?? [] {
            for path in rule.at("http.paths")?.list ?? [] {
                if let name = path.at("backend.service.name")?.string ?? path.at("backend.serviceName")?.string {
                    backends.append((name, path.line))
                }
            }
        }
        for (service, line) in backends {
            route(
                from: gateway,
                to: service,
                namespace: manifest.namespace,
                evidence: manifest.evidence("Ingress \(manifest.name) routes to \(service)", line: line)
            )
        }
    }

    private mutating func addGateway(_ name: String, evidence: Evidence) {
        system.add(
            ImportedComponent(
                name: name,
                role: .service(.gateway),
                roleConfidence: .medium,
                exposed: true,
                remarks: ["the ingress gateway is installed outside these files; confirm its replicas"],
                evidence: [evidence]
            )
        )
    }

    private mutating func route(from gateway: String, to host: String, namespace: String, evidence: Evidence) {
        let qualified = host.contains(".") ? host : "\(host).\(namespace)"
        guard let target = book.resolve(qualified) ?? book.resolve(host) else {
            system.note(.warning, "\(gateway) routes to `\(host)`, which no input file defines", evidence: [evidence])
            return
        }
        system.add(
            ImportedLink(
                from: gateway,
                to: target.component,
                kind: .call(.http),
                confidence: .medium,
                evidence: [evidence]
            )
        )
    }

    mutating func readIstio(_ manifest: Manifest) {
        let spec = manifest.node["spec"]
        switch manifest.kind {
        case "Gateway":
            // Istio's Gateway selects the proxy pods that serve it (`istio: ingressgateway`).
            guard let selector = spec?["selector"]?.stringMap, !selector.isEmpty else { return }
            let selected = self.selected(selector, namespace: manifest.namespace).first
            let name =
                selected
                ?? ImportNames.slug(
                    selector["istio"].map { "istio-\($0)" } ?? selector.values.sorted().joined(separator: "-")
                )
            if selected == nil {
                addGateway(
                    name,
                    evidence: manifest.evidence("Istio Gateway \(manifest.name) (\(Self.describe(selector)))")
                )
            }
            istioGateways["\(manifest.namespace)/\(manifest.name)"] = name
            istioGateways[manifest.name] = name
        case "VirtualService":
            readVirtualService(manifest)
        case "DestinationRule":
            guard let host = spec?["host"]?.string,
                let target = book.resolve(host)?.component ?? resolve(host, manifest)
            else { return }
            guard let outlier = spec?.at("trafficPolicy.outlierDetection") else { return }
            var breaker = CircuitBreaker()
            if let errors = (outlier["consecutive5xxErrors"] ?? outlier["consecutiveErrors"])?.int {
                breaker.minCalls = errors
            }
            if let ejection = outlier["baseEjectionTime"]?.string, let span = Self.duration(ejection) {
                breaker.openFor = span
            }
            var policy = system.callPolicies[target] ?? CallPolicy()
            policy.circuitBreaker = breaker
            policy.evidence.append(
                manifest.evidence("DestinationRule \(manifest.name) outlierDetection", line: outlier.line)
            )
            system.callPolicies[target] = policy
        case "ServiceEntry":
            let hosts = spec?["hosts"]?.list.compactMap(\.string) ?? []
            system.note(
                .info,
                "ServiceEntry \(manifest.name) allows egress to \(hosts.joined(separator: ", ")); no caller is named, so no call is added",
                evidence: [manifest.evidence("ServiceEntry \(manifest.name)")]
            )
        default:
            break
        }
    }

    private func resolve(_ host: String, _ manifest: Manifest) -> String? {
        book.resolve("\(host).\(manifest.namespace)")?.component
    }

    private mutating func readVirtualService(_ manifest: Manifest) {
        guard let spec = manifest.node["spec"] else { return }
        let gateways = spec["gateways"]?.list.compactMap(\.string) ?? []
        let routes = spec["http"]?.list ?? []
        for gatewayName in gateways where gatewayName != "mesh" {
            let key = gatewayName.contains("/") ? gatewayName : "\(manifest.namespace)/\(gatewayName)"
            guard let gateway = istioGateways[key] ?? istioGateways[gatewayName] else {
                system.note(
                    .warning,
                    "VirtualService \(manifest.name) is bound to gateway \(gatewayName), which no input file defines",
                    evidence: [manifest.evidence("VirtualService \(manifest.name)")]
                )
                continue
            }
            for route in routes {
                for destination in route["route"]?.list ?? [] {
                    guard let host = destination.at("destination.host")?.string else { continue }
                    self.route(
                        from: gateway,
                        to: host,
                        namespace: manifest.namespace,
                        evidence: manifest.evidence(
                            "VirtualService \(manifest.name) routes to \(host)",
                            line: destination.line
                        )
                    )
                }
            }
        }
        // Mesh-internal routing: the timeouts and retries apply to every call to the hosts.
        guard gateways.isEmpty || gateways.contains("mesh") else { return }
        for host in spec["hosts"]?.list.compactMap(\.string) ?? [] {
            guard let target = book.resolve(host)?.component ?? resolve(host, manifest) else { continue }
            for route in routes {
                let timeout = route["timeout"]?.string.flatMap(Self.duration)
                let retries = route.at("retries.attempts")?.int
                guard timeout != nil || retries != nil else { continue }
                var policy = system.callPolicies[target] ?? CallPolicy()
                policy.timeout = policy.timeout ?? timeout
                policy.retries = policy.retries ?? retries
                policy.evidence.append(
                    manifest.evidence("VirtualService \(manifest.name) timeout/retries", line: route.line)
                )
                system.callPolicies[target] = policy
            }
        }
    }

    /// `5s`, `250ms`, `1m30s` as Istio and Kubernetes write durations.
    static func duration(_ text: String) -> TimeSpan? {
        var total = 0.0
        var number = ""
        var unit = ""
        var matched = false
        func flush() -> Bool {
            guard let value = Double(number) else { return false }
            let scale: [String: Double] = ["h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 0.000_001]
            guard let factor = scale[unit] else { return false }
            total += value * factor
            matched = true
            number = ""
            unit = ""
            return true
        }
        for character in text {
            if character.isNumber || character == "." {
                if !unit.isEmpty, !flush() { return nil }
                number.append(character)
            } else {
                unit.append(character)
            }
        }
        guard flush(), matched, total > 0 else { return nil }
        return TimeSpan(seconds: total)
    }

    /// A NetworkPolicy only allows traffic; an allowed pair becomes a low-confidence call.
    mutating func readNetworkPolicy(_ manifest: Manifest) {
        guard let spec = manifest.node["spec"] else { return }
        let selector = spec.at("podSelector.matchLabels")?.stringMap ?? [:]
        let targets = selector.isEmpty ? [] : selected(selector, namespace: manifest.namespace)
        if !selector.isEmpty, targets.isEmpty {
            system.note(
                .warning,
                "NetworkPolicy \(manifest.name) selects no workload (\(Self.describe(selector)))\(suggestion(for: selector)); its rules are left out",
                evidence: [manifest.evidence("NetworkPolicy \(manifest.name)")]
            )
        }
        for rule in spec["ingress"]?.list ?? [] {
            for peer in rule["from"]?.list ?? [] {
                guard peer["namespaceSelector"] == nil, let labels = peer.at("podSelector.matchLabels")?.stringMap,
                    !labels.isEmpty
                else { continue }
                let sources = selected(labels, namespace: manifest.namespace)
                if sources.isEmpty {
                    system.note(
                        .warning,
                        "NetworkPolicy \(manifest.name) allows traffic from pods (\(Self.describe(labels))) that no workload matches\(suggestion(for: labels))",
                        evidence: [manifest.evidence("NetworkPolicy \(manifest.name)", line: peer.line)]
                    )
                }
                for source in sources {
                    for target in targets {
                        allow(source, target, manifest, line: peer.line)
                    }
                }
            }
        }
        for rule in spec["egress"]?.list ?? [] {
            for peer in rule["to"]?.list ?? [] {
                guard peer["namespaceSelector"] == nil, let labels = peer.at("podSelector.matchLabels")?.stringMap,
                    !labels.isEmpty
                else { continue }
                for destination in selected(labels, namespace: manifest.namespace) {
                    for source in targets { allow(source, destination, manifest, line: peer.line) }
                }
            }
        }
    }

    private mutating func allow(_ source: String, _ target: String, _ manifest: Manifest, line: Int) {
        let evidence = manifest.evidence("NetworkPolicy \(manifest.name) allows \(source) -> \(target)", line: line)
        if case .broker = system.component(named: target)?.role {
            system.note(
                .info,
                "\(source) may reach broker \(target) (NetworkPolicy \(manifest.name)); whether it publishes or consumes is not in these files",
                evidence: [evidence]
            )
            return
        }
        system.add(ImportedLink(from: source, to: target, kind: .call(.http), confidence: .low, evidence: [evidence]))
    }

    /// `; did you mean name=carts?` when a label value is one edit away from a workload's.
    private func suggestion(for selector: [String: String]) -> String {
        for (key, value) in selector {
            let candidates = workloads.compactMap { $0.labels[key] }.filter { $0 != value }
            if let close = candidates.first(where: { $0.hasPrefix(value) || value.hasPrefix($0) }) {
                return "; did you mean \(key)=\(close)?"
            }
        }
        return ""
    }

    mutating func readAutoscaler(_ manifest: Manifest) {
        guard let spec = manifest.node["spec"], let target = spec.at("scaleTargetRef.name")?.string,
            let index = system.components.firstIndex(where: { $0.name == ImportNames.slug(target) }),
            let maximum = spec["maxReplicas"]?.int
        else { return }
        let minimum = spec["minReplicas"]?.int ?? 1
        var utilization = spec["targetCPUUtilizationPercentage"]?.int
        for metric in spec["metrics"]?.list ?? [] where metric.at("resource.name")?.string == "cpu" {
            utilization =
                utilization ?? metric.at("resource.target.averageUtilization")?.int
                ?? metric.at("resource.targetAverageUtilization")?.int
        }
        system.components[index].autoscale = Autoscale(
            min: minimum,
            max: max(minimum, maximum),
            targetUtilization: Double(utilization ?? 70) / 100
        )
        system.components[index].evidence.append(
            manifest.evidence("HorizontalPodAutoscaler \(manifest.name): \(minimum)...\(maximum) replicas")
        )
        if utilization == nil {
            system.components[index].remarks.append("the autoscaler scales on a non-CPU metric; target 70% assumed")
        }
    }

    mutating func readDisruptionBudget(_ manifest: Manifest) {
        guard let spec = manifest.node["spec"], let labels = spec.at("selector.matchLabels")?.stringMap else { return }
        let budget =
            spec["minAvailable"].map { "minAvailable \($0.string ?? "")" } ?? spec["maxUnavailable"].map {
                "maxUnavailable \($0.string ?? "")"
            } ?? ""
        for target in selected(labels, namespace: manifest.namespace) {
            guard let index = system.components.firstIndex(where: { $0.name == target }) else { continue }
            system.components[index].remarks.append("PodDisruptionBudget \(manifest.name): \(budget)")
            system.components[index].evidence.append(manifest.evidence("PodDisruptionBudget \(manifest.name)"))
        }
    }
}
