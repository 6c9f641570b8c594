import ArchitectureModel
import Foundation

/// The `--evidence` JSON: every imported element and link with where it was seen and how sure the
/// import is, the start order it did not turn into calls, and the notes.
public struct EvidenceReport: Sendable, Encodable {
    struct Component: Encodable {
        var name: String
        var label: String?
        var role: String
        var kind: String?
        var confidence: String
        var remarks: [String]
        var evidence: [Evidence]
    }

    struct Link: Encodable {
        var from: String
        var to: String
        var relation: String
        var `protocol`: String?
        var confidence: String
        var perRequest: Double?
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case from, to, relation, `protocol`, confidence, evidence
            case perRequest = "per_request"
        }
    }

    var sources: [String]
    var components: [Component]
    var links: [Link]
    var startOrder: [StartDependency]
    var notes: [ImportNote]

    enum CodingKeys: String, CodingKey {
        case sources, components, links, notes
        case startOrder = "start_order"
    }

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

    /// Pretty-printed JSON with sorted keys, so reports diff well.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
