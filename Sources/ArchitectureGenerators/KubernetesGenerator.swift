package import ArchitectureModel

/// Per service: ServiceAccount, Deployment (StatefulSet when stateful), Service, HPA, PodDisruptionBudget
/// and NetworkPolicies; plus the namespace with a default-deny ingress policy. External services run
/// elsewhere and get nothing.
package struct KubernetesGenerator: ArtifactGenerator {
    package static let target = "k8s"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        let topology = ServiceTopology(model, configuration: configuration)
        var generation = Generation()
        generation.files.append(
            GeneratedFile(path: "k8s/namespace.yaml", contents: YAMLRendering.render(namespace(topology)))
        )
        for service in topology.workloads {
            generation.files.append(
                GeneratedFile(
                    path: "k8s/\(service.name).yaml",
                    contents: YAMLRendering.render(documents(for: service, in: topology))
                )
            )
            if service.placement.replicas < 2 {
                generation.warnings.append(
                    "\(service.name): 1 replica, so no PodDisruptionBudget; a node drain takes it down"
                )
            }
        }
        generation.placeholders = placeholders(topology)
        return generation
    }

    func namespace(_ topology: ServiceTopology) -> [JSONValue] {
        [
            [
                "apiVersion": "v1", "kind": "Namespace",
                "metadata": ["name": .string(topology.namespace), "labels": ["istio-injection": "enabled"]],
            ],
            [
                "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                "metadata": ["name": "default-deny-ingress", "namespace": .string(topology.namespace)],
                "spec": ["podSelector": [:], "policyTypes": ["Ingress"]],
            ],
        ]
    }

    func documents(for service: Service, in topology: ServiceTopology) -> [JSONValue] {
        var documents: [JSONValue] = [
            [
                "apiVersion": "v1", "kind": "ServiceAccount",
                "metadata": topology.metadata(service.name, of: service),
            ],
            workload(service, topology),
            kubernetesService(service, topology, headless: false),
        ]
        if service.stateful { documents.append(kubernetesService(service, topology, headless: true)) }
        if let autoscale = service.autoscale { documents.append(autoscaler(service, autoscale, topology)) }
        if service.placement.replicas >= 2 { documents.append(disruptionBudget(service, topology)) }
        return documents + networkPolicies(service, topology)
    }

    func workload(_ service: Service, _ topology: ServiceTopology) -> JSONValue {
        let portName = topology.inboundProtocol(of: service).rawValue
        let container = JSONValue.members([
            "name": .string(service.name),
            "image": .string(configuration.image(of: service.name)),
            "ports": [["name": .string(portName), "containerPort": .int(configuration.port), "protocol": "TCP"]],
            "resources": ["requests": ["cpu": .string(configuration.cpuRequest)]],
            "livenessProbe": service.health?.liveness.map { probe($0, port: portName) },
            "readinessProbe": service.health?.readiness.map { probe($0, port: portName) },
        ])
        let zones = service.placement.zones.map { JSONValue.string(configuration.zoneName($0)) }
        let podSpec = JSONValue.members([
            "serviceAccountName": .string(service.name),
            // Spread evenly over the model's zones, as the availability analysis assumes (replica i in zone i mod n).
            "topologySpreadConstraints": zones.count > 1
                ? [
                    [
                        "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
                        "whenUnsatisfiable": "DoNotSchedule",
                        "labelSelector": ["matchLabels": topology.selector(of: service)],
                    ]
                ] : nil,
            "affinity": zones.isEmpty
                ? nil
                : [
                    "nodeAffinity": [
                        "requiredDuringSchedulingIgnoredDuringExecution": [
                            "nodeSelectorTerms": [
                                [
                                    "matchExpressions": [
                                        [
                                            "key": "topology.kubernetes.io/zone", "operator": "In",
                                            "values": .array(zones),
                                        ]
                                    ]
                                ]
                            ]
                        ]
                    ]
                ],
            "containers": [container],
        ])
        let spec = JSONValue.members([
            "replicas": .int(service.placement.replicas),
            "serviceName": service.stateful ? .string("\(service.name)-headless") : nil,
            "selector": ["matchLabels": topology.selector(of: service)],
            "template": ["metadata": ["labels": topology.labels(of: service)], "spec": podSpec],
        ])
        return [
            "apiVersion": "apps/v1", "kind": service.stateful ? "StatefulSet" : "Deployment",
            "metadata": topology.metadata(service.name, of: service), "spec": spec,
        ]
    }

    func probe(_ path: String, port: String) -> JSONValue {
        ["httpGet": ["path": .string(path), "port": .string(port)]]
    }

    func kubernetesService(_ service: Service, _ topology: ServiceTopology, headless: Bool) -> JSONValue {
        let portName = topology.inboundProtocol(of: service).rawValue
        let spec = JSONValue.members([
            "clusterIP": headless ? "None" : nil,
            "selector": topology.selector(of: service),
            "ports": [
                [
                    "name": .string(portName), "port": .int(configuration.port), "targetPort": .string(portName),
                    "protocol": "TCP", "appProtocol": .string(portName),
                ]
            ],
        ])
        let name = headless ? "\(service.name)-headless" : service.name
        return ["apiVersion": "v1", "kind": "Service", "metadata": topology.metadata(name, of: service), "spec": spec]
    }

    func autoscaler(_ service: Service, _ autoscale: Autoscale, _ topology: ServiceTopology) -> JSONValue {
        let utilization = Int((autoscale.targetUtilization * 100).rounded())
        return [
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "metadata": topology.metadata(service.name, of: service),
            "spec": [
                "scaleTargetRef": [
                    "apiVersion": "apps/v1", "kind": service.stateful ? "StatefulSet" : "Deployment",
                    "name": .string(service.name),
                ],
                "minReplicas": .int(autoscale.min), "maxReplicas": .int(autoscale.max),
                "metrics": [
                    [
                        "type": "Resource",
                        "resource": [
                            "name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(utilization)],
                        ],
                    ]
                ],
            ],
        ]
    }

    /// The analysis counts the model's replicas; a voluntary disruption (a drain) may take one of them,
    /// never more, so the service keeps at least replicas - 1, whatever the autoscaler has added.
    func disruptionBudget(_ service: Service, _ topology: ServiceTopology) -> JSONValue {
        [
            "apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
            "metadata": topology.metadata(service.name, of: service),
            "spec": [
                "minAvailable": .int(service.placement.replicas - 1),
                "selector": ["matchLabels": topology.selector(of: service)],
            ],
        ]
    }

    /// One policy per caller, with exactly one rule, so each allowed path names the call it comes from;
    /// an exposed service also admits the ingress controller's namespace.
    func networkPolicies(_ service: Service, _ topology: ServiceTopology) -> [JSONValue] {
        let ports: JSONValue = [["protocol": "TCP", "port": .int(configuration.port)]]
        var sources: [(name: String, reason: String, peer: JSONValue)] = []
        if service.exposed {
            sources.append(
                (
                    "allow-ingress-to-\(service.name)", "\(service.name) is exposed: the ingress controller reaches it",
                    [
                        "namespaceSelector": [
                            "matchLabels": ["kubernetes.io/metadata.name": .string(configuration.ingressNamespace)]
                        ]
                    ]
                )
            )
        }
        for caller in topology.callers(of: service.name) {
            sources.append(
                (
                    "allow-\(caller.service.name)-to-\(service.name)",
                    "services.\(caller.service.name).calls[\(caller.index)]: \(caller.service.name) calls \(service.name)",
                    ["podSelector": ["matchLabels": topology.selector(of: caller.service)]]
                )
            )
        }
        return sources.map { source in
            [
                "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                "metadata": [
                    "name": .string(source.name), "namespace": .string(topology.namespace),
                    "labels": topology.labels(of: service),
                    "annotations": ["architect.dev/reason": .string(source.reason)],
                ],
                "spec": [
                    "podSelector": ["matchLabels": topology.selector(of: service)],
                    "policyTypes": ["Ingress"],
                    "ingress": [["from": [source.peer], "ports": ports]],
                ],
            ]
        }
    }

    func placeholders(_ topology: ServiceTopology) -> [String] {
        var placeholders: [String] = []
        if configuration.isDefault(\.imageTemplate) {
            placeholders.append("k8s: image \(configuration.imageTemplate) for every service (--image-template)")
        }
        if let port = configuration.portPlaceholder { placeholders.append(port) }
        if configuration.isDefault(\.cpuRequest) {
            placeholders.append(
                "k8s: CPU request \(configuration.cpuRequest), the base of the HPA target (--cpu-request)"
            )
        }
        let zones = Set(topology.workloads.flatMap(\.placement.zones)).sorted()
        let unmapped = zones.filter { configuration.zoneNames[$0] == nil }
        if !unmapped.isEmpty {
            placeholders.append(
                "k8s: model zones (\(unmapped.joined(separator: ", "))) used as topology.kubernetes.io/zone values (--zone NAME=CLOUD-ZONE)"
            )
        }
        if configuration.isDefault(\.ingressNamespace) && topology.workloads.contains(where: \.exposed) {
            placeholders.append(
                "k8s: ingress controller namespace \(configuration.ingressNamespace) for exposed services (--ingress-namespace)"
            )
        }
        return placeholders
    }
}
