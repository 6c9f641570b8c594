import ArchitectureLoading
import ArchitectureModel
import Foundation

/// Turns manifests into components and links, in passes: workloads, Services, then references.
struct ManifestReader {
    static let workloadKinds: Set<String> = [
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod",
        "DeploymentConfig", "Rollout",
    ]
    static let zoneKeys: Set<String> = ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]

    let documents: [Manifest]
    var system: ImportedSystem
    var book = AddressBook()
    /// Workload component names with their namespace and pod labels, for selectors.
    var workloads: [(component: String, namespace: String, labels: [String: String], manifest: Manifest)] = []
    var configMaps: [String: (manifest: Manifest, data: [YAMLNode.Pair])] = [:]
    /// Istio Gateway resources (`namespace/name` and `name`) to the gateway component serving them.
    var istioGateways: [String: String] = [:]

    init(documents: [Manifest], system: ImportedSystem) {
        self.documents = documents
        self.system = system
    }

    mutating func read() {
        for manifest in documents {
            book.namespaces.insert(manifest.namespace)
            if manifest.kind == "ConfigMap" {
                configMaps["\(manifest.namespace)/\(manifest.name)"] = (manifest, manifest.node["data"]?.pairs ?? [])
            }
        }
        for manifest in documents where Self.workloadKinds.contains(manifest.kind) { addWorkload(manifest) }
        for manifest in documents where manifest.kind == "Service" { addService(manifest) }
        for manifest in documents where manifest.kind == "Gateway" { readIstio(manifest) }
        for manifest in documents {
            switch manifest.kind {
            case _ where Self.workloadKinds.contains(manifest.kind): readReferences(manifest)
            case "Ingress": readIngress(manifest)
            case "VirtualService", "DestinationRule", "ServiceEntry": readIstio(manifest)
            case "NetworkPolicy": readNetworkPolicy(manifest)
            case "HorizontalPodAutoscaler": readAutoscaler(manifest)
            case "PodDisruptionBudget": readDisruptionBudget(manifest)
            default: break
            }
        }
        let known: Set<String> = Self.workloadKinds.union([
            "Service", "ConfigMap", "Ingress", "Gateway", "VirtualService", "DestinationRule", "ServiceEntry",
            "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Namespace", "ServiceAccount", "Secret",
            "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "PersistentVolumeClaim", "PersistentVolume",
            "StorageClass", "CustomResourceDefinition",
        ])
        let skipped = Set(documents.map(\.kind)).subtracting(known).sorted()
        if !skipped.isEmpty {
            system.note(.info, "resources of these kinds were not read: \(skipped.joined(separator: ", "))")
        }
        system.settle()
    }

    static func podSpec(_ manifest: Manifest) -> YAMLNode? {
        switch manifest.kind {
        case "Pod": return manifest.node["spec"]
        case "CronJob": return manifest.node.at("spec.jobTemplate.spec.template.spec")
        default: return manifest.node.at("spec.template.spec")
        }
    }

    static func podLabels(_ manifest: Manifest) -> [String: String] {
        switch manifest.kind {
        case "Pod": return manifest.node.at("metadata.labels")?.stringMap ?? [:]
        case "CronJob": return manifest.node.at("spec.jobTemplate.spec.template.metadata.labels")?.stringMap ?? [:]
        default: return manifest.node.at("spec.template.metadata.labels")?.stringMap ?? [:]
        }
    }

    /// Sidecars (mesh proxies, exporters) say nothing about what the workload is.
    static func mainContainer(_ containers: [YAMLNode]) -> YAMLNode? {
        containers.first { container in
            let name = container["name"]?.string ?? ""
            let image = container["image"]?.string ?? ""
            return !["istio-proxy", "linkerd-proxy", "envoy-sidecar"].contains(name) && !image.contains("exporter")
        } ?? containers.first
    }

    private mutating func addWorkload(_ manifest: Manifest) {
        let name = ImportNames.slug(manifest.name)
        let spec = Self.podSpec(manifest)
        let containers = spec?["containers"]?.list ?? []
        let main = Self.mainContainer(containers)
        let image = main?["image"]?.string
        let ports = (main?["ports"]?.list ?? []).compactMap { $0["containerPort"]?.int }
        var recognition = ComponentCatalog.recognise(name: manifest.name, image: image, ports: ports)
        if ["Job", "CronJob"].contains(manifest.kind), case .service = recognition.role {
            recognition.role = .service(.batch)
        }
        var component = ImportedComponent(
            name: name,
            label: ImportNames.label(manifest.name),
            role: recognition.role,
            roleConfidence: recognition.confidence == .low && image != nil ? .medium : recognition.confidence,
            image: image,
            stateful: manifest.kind == "StatefulSet",
            remarks: recognition.remark.map { [$0] } ?? [],
            evidence: [manifest.evidence("\(manifest.kind) \(manifest.name)")]
        )
        if let replicas = manifest.node.at("spec.replicas")?.int {
            component.replicas = replicas
        } else if manifest.kind == "DaemonSet" {
            component.remarks.append("a DaemonSet: one replica per node; set replicas to the node count")
        } else if Self.workloadKinds.contains(manifest.kind), manifest.kind != "Pod" {
            component.replicas = 1
            component.evidence.append(manifest.evidence("no spec.replicas: Kubernetes runs 1"))
        }
        readProbes(main, into: &component, manifest: manifest)
        readPlacement(spec, into: &component, manifest: manifest)
        system.add(component)
        workloads.append((name, manifest.namespace, Self.podLabels(manifest), manifest))
    }

    private func readProbes(_ container: YAMLNode?, into component: inout ImportedComponent, manifest: Manifest) {
        guard let container else { return }
        let liveness = container.at("livenessProbe.httpGet.path")?.string
        let readiness = container.at("readinessProbe.httpGet.path")?.string
        if liveness != nil || readiness != nil {
            component.health = Health(liveness: liveness, readiness: readiness)
        }
        for probe in ["livenessProbe", "readinessProbe"] {
            guard let node = container[probe], node["httpGet"] == nil else { continue }
            let how = node.pairs?.first { ["grpc", "tcpSocket", "exec"].contains($0.key) }?.key ?? "other"
            component.remarks.append("\(probe) checks by \(how), not an HTTP path; health left without it")
        }
    }

    private func readPlacement(_ spec: YAMLNode?, into component: inout ImportedComponent, manifest: Manifest) {
        guard let spec else { return }
        for constraint in spec["topologySpreadConstraints"]?.list ?? [] {
            guard let key = constraint["topologyKey"]?.string, Self.zoneKeys.contains(key) else { continue }
            let skew = constraint["maxSkew"]?.string ?? "1"
            component.remarks.append(
                "spread over zones (topologySpreadConstraints, maxSkew \(skew)); list the cluster's zones in `zones`"
            )
            component.evidence.append(manifest.evidence("topologySpreadConstraints on \(key)", line: constraint.line))
        }
        let terms = spec.at("affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms")
        var zones: [String] = []
        for term in terms?.list ?? [] {
            for expression in term["matchExpressions"]?.list ?? []
            where Self.zoneKeys.contains(expression["key"]?.string ?? "") && expression["operator"]?.string == "In" {
                zones += expression["values"]?.list.compactMap(\.string) ?? []
            }
        }
        for (key, value) in spec["nodeSelector"]?.stringMap ?? [:] where Self.zoneKeys.contains(key) {
            zones.append(value)
        }
        if !zones.isEmpty {
            component.zones = zones.map(ImportNames.slug)
            component.evidence.append(manifest.evidence("pinned to zones \(zones.joined(separator: ", "))"))
        }
    }

    private mutating func addService(_ manifest: Manifest) {
        let node = manifest.node
        let ports = node.at("spec.ports")?.list ?? []
        let callProtocol = ports.lazy.compactMap { port -> Call.CallProtocol? in
            let name = (port["appProtocol"]?.string ?? port["name"]?.string ?? "").lowercased()
            if name.hasPrefix("grpc") { return .grpc }
            if name.hasPrefix("http") { return .http }
            return nil
        }.first
        if node.at("spec.type")?.string == "ExternalName", let external = node.at("spec.externalName")?.string {
            let name = ImportNames.slug(manifest.name)
            system.add(
                ImportedComponent(
                    name: name,
                    label: external,
                    role: .service(.external),
                    evidence: [manifest.evidence("Service \(manifest.name) of type ExternalName: \(external)")]
                )
            )
            register(manifest, component: name, callProtocol: callProtocol)
            return
        }
        guard let selector = node.at("spec.selector")?.stringMap, !selector.isEmpty else { return }
        let targets = selected(selector, namespace: manifest.namespace)
        guard let target = targets.first else {
            system.note(
                .warning,
                "Service \(manifest.name) selects no workload in these files (\(Self.describe(selector)))",
                evidence: [manifest.evidence("Service \(manifest.name)")]
            )
            return
        }
        if targets.count > 1 {
            system.note(
                .info,
                "Service \(manifest.name) selects \(targets.joined(separator: ", ")); calls to it are given to \(target)",
                evidence: [manifest.evidence("Service \(manifest.name)")]
            )
        }
        register(manifest, component: target, callProtocol: callProtocol)
        guard let index = system.components.firstIndex(where: { $0.name == target }) else { return }
        let type = node.at("spec.type")?.string ?? "ClusterIP"
        if type == "LoadBalancer" || type == "NodePort" {
            system.components[index].exposed = true
            system.components[index].evidence.append(manifest.evidence("Service \(manifest.name) of type \(type)"))
        }
        // A Service's port can say what an image does not (`3306` for a custom MySQL image).
        if system.components[index].roleConfidence < .high, case .service = system.components[index].role {
            let numbers = ports.compactMap { $0["targetPort"]?.int ?? $0["port"]?.int }
            let recognition = ComponentCatalog.recognise(name: "", image: nil, ports: numbers)
            if recognition.role != .service(.service) {
                system.components[index].role = recognition.role
                system.components[index].roleConfidence = recognition.confidence
                system.components[index].remarks += recognition.remark.map { [$0] } ?? []
            }
        }
    }

    private mutating func register(_ manifest: Manifest, component: String, callProtocol: Call.CallProtocol?) {
        let name = manifest.name.lowercased()
        let namespace = manifest.namespace
        for host in [
            name, "\(name).\(namespace)", "\(name).\(namespace).svc", "\(name).\(namespace).svc.cluster.local",
        ] {
            book.register(host, component: component, callProtocol: callProtocol)
        }
    }

    /// Workloads in `namespace` whose pod labels include every pair of `selector`.
    func selected(_ selector: [String: String], namespace: String) -> [String] {
        workloads.filter { workload in
            workload.namespace == namespace && selector.allSatisfy { workload.labels[$0.key] == $0.value }
        }.map(\.component)
    }

    static func describe(_ selector: [String: String]) -> String {
        selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    /// Env vars (literal, `$(VAR)`, ConfigMap keys), arguments and mounted ConfigMaps of every container.
    private mutating func readReferences(_ manifest: Manifest) {
        let caller = ImportNames.slug(manifest.name)
        guard let spec = Self.podSpec(manifest) else { return }
        let containers = (spec["initContainers"]?.list ?? []) + (spec["containers"]?.list ?? [])
        for container in containers {
            var values: [String: String] = [:]
            for source in container["envFrom"]?.list ?? [] {
                guard let mapName = source.at("configMapRef.name")?.string,
                    let map = configMaps["\(manifest.namespace)/\(mapName)"]
                else { continue }
                for pair in map.data {
                    guard let value = pair.value.string else { continue }
                    values[pair.key] = value
                    let evidence = map.manifest.evidence(
                        "env \(pair.key)=\(value) (ConfigMap \(mapName), envFrom)",
                        line: pair.keyLine
                    )
                    book.link(
                        from: caller,
                        variable: pair.key,
                        value: value,
                        confidence: .high,
                        evidence: evidence,
                        into: &system
                    )
                }
            }
            for item in container["env"]?.list ?? [] {
                guard let key = item["name"]?.string else { continue }
                var value: String
                var detail: String
                if let literal = item["value"]?.string {
                    value = Self.expand(literal, values)
                    detail = "env \(key)=\(value)"
                } else if let mapName = item.at("valueFrom.configMapKeyRef.name")?.string,
                    let mapKey = item.at("valueFrom.configMapKeyRef.key")?.string,
                    let mapped = configMaps["\(manifest.namespace)/\(mapName)"]?.data.first(where: { $0.key == mapKey }
                    )?
                    .value.string
                {
                    value = mapped
                    detail = "env \(key)=\(value) (ConfigMap \(mapName) key \(mapKey))"
                } else {
                    continue
                }
                values[key] = value
                let evidence = manifest.evidence(detail, line: item.line)
                book.link(
                    from: caller,
                    variable: key,
                    value: value,
                    confidence: .high,
                    evidence: evidence,
                    into: &system
                )
            }
            let command = ((container["command"]?.list ?? []) + (container["args"]?.list ?? [])).compactMap(\.string)
                .map { Self.expand($0, values) }
            if !command.isEmpty {
                let evidence = manifest.evidence("command \(command.joined(separator: " "))", line: container.line)
                book.link(from: caller, command: command, evidence: evidence, into: &system)
            }
        }
        for volume in spec["volumes"]?.list ?? [] {
            guard let mapName = volume.at("configMap.name")?.string,
                let map = configMaps["\(manifest.namespace)/\(mapName)"]
            else { continue }
            for pair in map.data {
                guard let text = pair.value.string else { continue }
                let evidence = map.manifest.evidence(
                    "ConfigMap \(mapName) file \(pair.key), mounted",
                    line: pair.keyLine
                )
                book.link(
                    from: caller,
                    variable: nil,
                    value: text,
                    confidence: .medium,
                    evidence: evidence,
                    into: &system
                )
            }
        }
    }

    /// Kubernetes' `$(VAR)` references to variables defined earlier in the same container.
    static func expand(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("$(") else { return text }
        var result = text
        for (key, value) in values { result = result.replacingOccurrences(of: "$(\(key))", with: value) }
        return result
    }
}
