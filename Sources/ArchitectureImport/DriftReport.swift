public import ArchitectureModel
import ArchitectureOutput
import Foundation

/// What the model says against what deployment files or traces show.
public struct DriftReport: Sendable {
    public struct Finding: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// A call or datastore use the sources show and the model does not declare.
            case undeclaredCall = "undeclared-call"
            /// A declared call or use the sources do not show.
            case unseenCall = "unseen-call"
            case componentNotInModel = "component-not-in-model"
            case componentNotInSources = "component-not-in-sources"
            case replicasDiffer = "replicas-differ"
            case zonesDiffer = "zones-differ"
        }

        public var kind: Kind
        public var subject: String
        public var message: String
        public var evidence: [Evidence]
    }

    public var findings: [Finding]

    public var hasDrift: Bool { !findings.isEmpty }

    /// Compares `model` with `observed`; with traces only, components traces cannot show (stores,
    /// idle services) are not reported missing, and neither are declared calls that deployment files hide.
    public init(model: SystemModel, observed: ImportedSystem, tracesOnly: Bool) {
        var findings: [Finding] = []
        let seen = observed.makeModel(name: model.system.name, sources: []).model
        func modelName(_ observedName: String, label: String?) -> String? {
            let names =
                model.services.map { ($0.name, $0.label) } + model.datastores.map { ($0.name, $0.label) }
                + model.brokers.map { ($0.name, $0.label) }
            return names.first { $0.0 == observedName || ($0.1 != nil && $0.1 == label) }?.0
        }
        var mapped: [String: String] = [:]
        let observedComponents = observed.components.filter {
            switch $0.role {
            case .topic, .telemetry: return false
            default: return true
            }
        }
        for component in observedComponents {
            if let name = modelName(component.name, label: component.label) {
                mapped[component.name] = name
            } else {
                findings.append(
                    Finding(
                        kind: .componentNotInModel,
                        subject: component.name,
                        message: "\(component.name) runs in the sources but is not in the model",
                        evidence: Array(component.evidence.prefix(3))
                    )
                )
            }
        }
        let seenNames = Set(mapped.values)
        let modelComponents: [(String, Bool)] =
            model.services.filter { $0.kind != .external }.map { ($0.name, true) }
            + model.datastores.map { ($0.name, false) } + model.brokers.map { ($0.name, false) }
        for (name, isService) in modelComponents where !seenNames.contains(name) && (!tracesOnly || isService) {
            if tracesOnly, !model.services.contains(where: { $0.name == name && !$0.calls.isEmpty }) { continue }
            findings.append(
                Finding(
                    kind: .componentNotInSources,
                    subject: name,
                    message: "\(name) is in the model but not in the sources",
                    evidence: []
                )
            )
        }
        // Edges: calls and uses, in model names.
        var observedEdges: [String: ImportedLink] = [:]
        for link in observed.links {
            guard case .call = link.kind, observed.component(named: link.to)?.role.takesNoCalls == false else {
                continue
            }
            // A component the model lacks keeps its observed name, so its calls are reported too.
            observedEdges["\(mapped[link.from] ?? link.from) -> \(mapped[link.to] ?? link.to)"] = link
        }
        var declared = Set<String>()
        for service in model.services {
            for call in service.calls { declared.insert("\(service.name) -> \(call.to)") }
            for store in service.uses { declared.insert("\(service.name) -> \(store)") }
        }
        for (edge, link) in observedEdges.sorted(by: { $0.key < $1.key }) where !declared.contains(edge) {
            let how =
                tracesOnly
                ? "seen in traces" : "visible in the deployment files (\(link.confidence.rawValue) confidence)"
            findings.append(
                Finding(
                    kind: .undeclaredCall,
                    subject: edge,
                    message: "\(edge) is \(how) but not declared in the model",
                    evidence: Array(link.evidence.prefix(3))
                )
            )
        }
        let sourcesShowEdges = !observedEdges.isEmpty
        for edge in declared.sorted() where !observedEdges.keys.contains(edge) && sourcesShowEdges {
            let parts = edge.components(separatedBy: " -> ")
            guard parts.count == 2, seenNames.contains(parts[0]), seenNames.contains(parts[1]) else { continue }
            findings.append(
                Finding(
                    kind: .unseenCall,
                    subject: edge,
                    message: "\(edge) is declared but the sources do not show it",
                    evidence: []
                )
            )
        }
        // Capacity and placement, where the sources say.
        let placements =
            model.services.map { ($0.name, $0.placement) } + model.datastores.map { ($0.name, $0.placement) }
            + model.brokers.map { ($0.name, $0.placement) }
        for component in observedComponents {
            guard let name = mapped[component.name], let placement = placements.first(where: { $0.0 == name })?.1
            else { continue }
            if let replicas = component.replicas, replicas != placement.replicas,
                seen.services.first(where: { $0.name == component.name })?.autoscale == nil
            {
                findings.append(
                    Finding(
                        kind: .replicasDiffer,
                        subject: name,
                        message: "\(name): the model says \(placement.replicas) replicas, the sources \(replicas)",
                        evidence: Array(component.evidence.prefix(1))
                    )
                )
            }
            if let zones = component.zones, Set(zones) != Set(placement.zones) {
                findings.append(
                    Finding(
                        kind: .zonesDiffer,
                        subject: name,
                        message:
                            "\(name): the model places it in \(placement.zones.joined(separator: ", ")), the sources in \(zones.joined(separator: ", "))",
                        evidence: Array(component.evidence.prefix(1))
                    )
                )
            }
        }
        self.findings = findings
    }

    /// One line per finding with its first evidence, then a count.
    public var text: String {
        var output = ""
        for finding in findings {
            output += "\(finding.kind.rawValue): \(finding.message)\n"
            for evidence in finding.evidence { output += "  seen at \(evidence.source): \(evidence.detail)\n" }
        }
        output += findings.isEmpty ? "no drift\n" : "\(findings.count) difference\(findings.count == 1 ? "" : "s")\n"
        return output
    }

    /// `{findings: [{kind, subject, message, evidence: [{source, detail}]}]}`.
    public var json: String {
        JSONWriter.text { json in
            json.object { json in
                json.key("findings")
                json.array { json in
                    for finding in findings {
                        json.object { json in
                            json.field("kind", finding.kind.rawValue)
                            json.field("subject", finding.subject)
                            json.field("message", finding.message)
                            json.key("evidence")
                            Evidence.write(finding.evidence, into: &json)
                        }
                    }
                }
            }
        }
    }
}

extension ImportedComponent.Role {
    /// Brokers and topics are reached by messages, telemetry is plumbing: none of them is a call target.
    fileprivate var takesNoCalls: Bool {
        switch self {
        case .topic, .telemetry, .broker: return true
        default: return false
        }
    }
}
