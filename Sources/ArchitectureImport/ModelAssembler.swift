public import ArchitectureModel

/// A model made from imported facts, with the comments that say where each element was seen.
public struct ImportedModel: Sendable {
    public var model: SystemModel
    public var annotations: ModelAnnotations

    /// The model as format-1 YAML, evidence and defaults to confirm in comments.
    public var yaml: String { ModelWriter.write(model, annotations: annotations) }
}

extension ImportedSystem {
    /// Builds the model: services, stores, brokers and topics with their calls, uses and messages.
    /// Values the files do not give are the format's defaults, each marked `confirm`.
    public func makeModel(name: String, sources: [String]) -> ImportedModel {
        var assembler = ModelAssembler(system: self, name: ImportNames.slug(name))
        assembler.header(sources: sources)
        assembler.assemble()
        return ImportedModel(model: assembler.model, annotations: assembler.annotations)
    }
}

private struct ModelAssembler {
    let system: ImportedSystem
    var model: SystemModel
    var annotations = ModelAnnotations()
    private var roles: [String: ImportedComponent.Role] = [:]

    init(system: ImportedSystem, name: String) {
        self.system = system
        model = SystemModel(system: SystemInfo(name: name))
        for component in system.components { roles[component.name] = component.role }
    }

    mutating func header(sources: [String]) {
        annotations.header = [
            "Imported by `architect import` from \(sources.joined(separator: ", ")).",
            "Each element says where it was seen and how sure the import is (high, medium, low);",
            "`confirm:` marks a default or a guess that the files do not settle.",
        ]
        let serviceCount = system.components.filter(\.isService).count
        let calls = system.links.filter { link in
            if case .call = link.kind, case .service = roles[link.to] { return true }
            return false
        }
        if serviceCount > 1, calls.isEmpty, !system.links.contains(where: { $0.kind == .subscribes }) {
            annotations.header += [
                "",
                "No call between services is visible in these files: the addresses must come from code, a shared",
                "config file or service discovery (Consul, DNS). Import traces (`architect import traces`) or add",
                "`calls` by hand.",
            ]
        }
        let notes = system.notes
        if !notes.isEmpty {
            annotations.header.append("")
            for note in notes { annotations.header.append(note.description) }
        }
    }

    mutating func assemble() {
        let pinned = system.components.compactMap(\.zones).flatMap { $0 }
        if !pinned.isEmpty {
            var names = [Zones().names[0]]
            for zone in pinned where !names.contains(zone) { names.append(zone) }
            let placed = system.components.filter { component in
                switch component.role {
                case .topic, .telemetry, .service(.external): return false
                default: return true
                }
            }
            if placed.allSatisfy({ $0.zones != nil }) { names.removeFirst() }
            model.zones = Zones(names: names)
        }
        for component in system.components {
            let path: String
            switch component.role {
            case .service(let kind):
                model.services.append(service(component, kind: kind))
                path = "services.\(component.name)"
            case .datastore(let kind):
                model.datastores.append(
                    Datastore(
                        name: component.name,
                        label: component.label,
                        kind: kind,
                        placement: placement(component, external: false)
                    )
                )
                path = "datastores.\(component.name)"
            case .broker(let kind):
                model.brokers.append(
                    Broker(
                        name: component.name,
                        label: component.label,
                        kind: kind,
                        placement: placement(component, external: false)
                    )
                )
                path = "brokers.\(component.name)"
            case .topic(let broker):
                model.topics.append(Topic(name: component.name, label: component.label, broker: broker))
                path = "topics.\(component.name)"
            case .telemetry:
                continue
            }
            describe(component, path: path)
        }
        for link in system.links { add(link) }
        for workflow in system.workflows {
            guard case .service = roles[workflow.entry] else { continue }
            model.workflows.append(
                Workflow(name: workflow.name, label: workflow.label, entry: workflow.entry, share: workflow.share)
            )
            annotations.add(evidenceLines(workflow.evidence, confidence: .high), above: "workflows.\(workflow.name)")
        }
    }

    private func placement(_ component: ImportedComponent, external: Bool) -> Placement {
        let zones = external ? [] : component.zones ?? [Zones().names[0]]
        var replicas = component.replicas ?? component.autoscale?.min ?? 1
        if let autoscale = component.autoscale { replicas = min(max(replicas, autoscale.min), autoscale.max) }
        return Placement(replicas: replicas, zones: zones)
    }

    private func service(_ component: ImportedComponent, kind: Service.Kind) -> Service {
        var serving = Serving(serviceTime: component.serviceTime)
        if let p99 = component.serviceTimeP99, let mean = component.serviceTime, p99 > mean,
            p99.seconds / mean.seconds < 14.9
        {
            serving.serviceTimeP99 = p99
        }
        return Service(
            name: component.name,
            label: component.label,
            kind: kind,
            placement: placement(component, external: kind == .external),
            serving: serving,
            stateful: component.stateful,
            health: component.health,
            autoscale: component.autoscale,
            exposed: component.exposed || kind == .gateway || kind == .frontend,
            tracing: component.serviceTime != nil
        )
    }

    /// Evidence and confirmations above an element.
    private mutating func describe(_ component: ImportedComponent, path: String) {
        var lines = component.evidence.prefix(3).map { "\($0.source): \($0.detail)" }
        if component.evidence.count > 3 {
            lines.append("... and \(component.evidence.count - 3) more (see --evidence)")
        }
        annotations.add(lines.joined(separator: "\n"), above: path)
        for remark in component.remarks { annotations.add("confirm: \(remark)", above: path) }
        let placed: Bool
        switch component.role {
        case .service(let kind): placed = kind != .external
        case .datastore, .broker: placed = true
        case .topic, .telemetry: placed = false
        }
        if placed, component.replicas == nil, component.autoscale == nil {
            annotations.add("confirm: replicas 1 and zone `default` (not in the files)", above: path)
        }
        if let p99 = component.serviceTimeP99, let mean = component.serviceTime,
            !(p99 > mean && p99.seconds / mean.seconds < 14.9)
        {
            annotations.add(
                "self-time p99 \(Int(p99.milliseconds * 1000))us is not a lognormal tail of mean \(Int(mean.milliseconds * 1000))us; left out",
                above: path
            )
        }
        let brokers = system.links.filter { link in
            guard link.from == component.name, case .call = link.kind, case .broker = roles[link.to] else {
                return false
            }
            return true
        }
        for link in brokers {
            annotations.add(
                "reaches broker \(link.to) (\(link.evidence.first?.detail ?? "")); whether it publishes or consumes, and which topics, is not in these files",
                above: path
            )
        }
        let starts = system.startOrder.filter { $0.from == component.name }.map(\.to)
        if !starts.isEmpty {
            annotations.add(
                "starts after \(starts.joined(separator: ", ")) (depends_on: start order, not calls)",
                above: path
            )
        }
    }

    private mutating func add(_ link: ImportedLink) {
        guard let callerIndex = model.services.firstIndex(where: { $0.name == link.from }) else { return }
        let path = "services.\(link.from)"
        switch link.kind {
        case .call(let callProtocol):
            switch roles[link.to] {
            case .service:
                var call = Call(to: link.to, callProtocol: callProtocol, perRequest: link.perRequest ?? 1)
                let policy = system.callPolicies[link.to]
                call.timeout = policy?.timeout
                call.retries.max = policy?.retries ?? 0
                call.circuitBreaker = policy?.circuitBreaker
                model.services[callerIndex].calls.append(call)
                let callPath = "\(path).calls[\(model.services[callerIndex].calls.count - 1)]"
                annotations.add(evidenceLines(link.evidence, confidence: link.confidence), above: callPath)
                if let policy {
                    annotations.add(
                        "mesh policy: " + evidenceLines(policy.evidence, confidence: .high),
                        above: callPath
                    )
                }
            case .datastore:
                guard !model.services[callerIndex].uses.contains(link.to) else { return }
                model.services[callerIndex].uses.append(link.to)
                let index = model.services[callerIndex].uses.count - 1
                annotations.add(
                    evidenceLines(link.evidence, confidence: link.confidence),
                    above: "\(path).uses[\(index)]"
                )
            default:
                return
            }
        case .publishes(let whileHandling):
            if let whileHandling {
                if !model.services[callerIndex].subscribes.contains(where: { $0.topic == whileHandling }) {
                    model.services[callerIndex].subscribes.append(Subscription(topic: whileHandling))
                }
                if let index = model.services[callerIndex].subscribes.firstIndex(where: { $0.topic == whileHandling }),
                    !model.services[callerIndex].subscribes[index].publishes.contains(link.to)
                {
                    model.services[callerIndex].subscribes[index].publishes.append(link.to)
                    annotations.add(
                        "handling \(whileHandling) publishes \(link.to): "
                            + evidenceLines(link.evidence, confidence: link.confidence),
                        above: "\(path).subscribes[\(index)]"
                    )
                }
            } else if !model.services[callerIndex].publishes.contains(link.to) {
                model.services[callerIndex].publishes.append(link.to)
                let index = model.services[callerIndex].publishes.count - 1
                annotations.add(
                    evidenceLines(link.evidence, confidence: link.confidence),
                    above: "\(path).publishes[\(index)]"
                )
            }
        case .subscribes:
            guard !model.services[callerIndex].subscribes.contains(where: { $0.topic == link.to }) else { return }
            model.services[callerIndex].subscribes.append(Subscription(topic: link.to))
            let index = model.services[callerIndex].subscribes.count - 1
            annotations.add(
                evidenceLines(link.evidence, confidence: link.confidence),
                above: "\(path).subscribes[\(index)]"
            )
        }
    }

    /// `high: compose.yml:12: env CART_ADDR=cart:7070`, at most three, then how many more.
    private func evidenceLines(_ evidence: [Evidence], confidence: Confidence) -> String {
        var lines = evidence.prefix(3).map { "\($0.source): \($0.detail)" }
        if evidence.count > 3 { lines.append("... and \(evidence.count - 3) more (see --evidence)") }
        let first = lines.isEmpty ? "" : lines.removeFirst()
        var text = "\(confidence.rawValue): \(first)"
        if confidence == .low { text += " (confirm: only allowed, not seen in use)" }
        return ([text] + lines).joined(separator: "\n")
    }
}
