import ArchitectureModel
import ArchitectureOutput
import Foundation

/// The `--evidence` JSON: every imported element and link with where it was seen and how sure the
/// import is, the start order it did not turn into calls, and the notes.
public struct EvidenceReport: Sendable {
    struct Component {
        var name: String
        var label: String?
        var role: String
        var kind: String?
        var confidence: String
        var remarks: [String]
        var evidence: [Evidence]
    }

    struct Link {
        var from: String
        var to: String
        var relation: String
        var `protocol`: String?
        var confidence: String
        var perRequest: Double?
        var evidence: [Evidence]
    }

    var sources: [String]
    var components: [Component]
    var links: [Link]
    var startOrder: [StartDependency]
    var notes: [ImportNote]

    public init(_ system: ImportedSystem, sources: [String]) {
        self.sources = sources
        components = system.components.map { component in
            let (role, kind) = Self.describe(component.role)
            return Component(
                name: component.name,
                label: component.label,
                role: role,
                kind: kind,
                confidence: component.roleConfidence.rawValue,
                remarks: component.remarks,
                evidence: component.evidence
            )
        }
        links = system.links.map { link in
            let relation: String
            var callProtocol: String?
            switch link.kind {
            case .call(let value):
                let target = system.component(named: link.to)?.role
                if case .datastore = target { relation = "uses" } else { relation = "call" }
                callProtocol = relation == "call" ? value.rawValue : nil
            case .publishes: relation = "publishes"
            case .subscribes: relation = "subscribes"
            }
            return Link(
                from: link.from,
                to: link.to,
                relation: relation,
                protocol: callProtocol,
                confidence: link.confidence.rawValue,
                perRequest: link.perRequest,
                evidence: link.evidence
            )
        }
        startOrder = system.startOrder
        notes = system.notes
    }

    private static func describe(_ role: ImportedComponent.Role) -> (String, String?) {
        switch role {
        case .service(let kind): return ("service", kind.rawValue)
        case .datastore(let kind): return ("datastore", kind.rawValue)
        case .broker(let kind): return ("broker", kind.rawValue)
        case .topic(let broker): return ("topic", "on \(broker)")
        case .telemetry: return ("telemetry", nil)
        }
    }

    /// `{sources, components, links, start_order, notes}`; a field without a value is left out.
    public var json: String {
        JSONWriter.text { json in
            json.object { json in
                json.key("sources")
                json.inlineArray { json in
                    for source in sources { json.value(source) }
                }
                json.key("components")
                json.array { json in
                    for component in components { write(component, into: &json) }
                }
                json.key("links")
                json.array { json in
                    for link in links { write(link, into: &json) }
                }
                json.key("start_order")
                json.array { json in
                    for start in startOrder {
                        json.object { json in
                            json.field("from", start.from)
                            json.field("to", start.to)
                            json.key("evidence")
                            Evidence.write([start.evidence], into: &json)
                        }
                    }
                }
                json.key("notes")
                json.array { json in
                    for note in notes {
                        json.object { json in
                            json.field("severity", note.severity.rawValue)
                            json.field("message", note.message)
                            json.key("evidence")
                            Evidence.write(note.evidence, into: &json)
                        }
                    }
                }
            }
        }
    }

    private func write(_ component: Component, into json: inout JSONWriter) {
        json.object { json in
            json.field("name", component.name)
            if let label = component.label { json.field("label", label) }
            json.field("role", component.role)
            if let kind = component.kind { json.field("kind", kind) }
            json.field("confidence", component.confidence)
            json.key("remarks")
            json.inlineArray { json in
                for remark in component.remarks { json.value(remark) }
            }
            json.key("evidence")
            Evidence.write(component.evidence, into: &json)
        }
    }

    private func write(_ link: Link, into json: inout JSONWriter) {
        json.object { json in
            json.field("from", link.from)
            json.field("to", link.to)
            json.field("relation", link.relation)
            if let callProtocol = link.protocol { json.field("protocol", callProtocol) }
            json.field("confidence", link.confidence)
            if let perRequest = link.perRequest { json.field("per_request", perRequest) }
            json.key("evidence")
            Evidence.write(link.evidence, into: &json)
        }
    }
}
