import ArchitectureOutput

/// Where an imported fact was seen: a file and line, or the spans of a trace file.
public struct Evidence: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `docker-compose.yml:42`, or `trace.json` for span evidence.
    public var source: String
    /// What was seen there: `env CART_ADDR=cart:7070`, `spans 1a2b, 3c4d`.
    public var detail: String

    public init(source: String, detail: String) {
        self.source = source
        self.detail = detail
    }

    public init(file: String, line: Int, detail: String) {
        self.init(source: "\(file):\(line)", detail: detail)
    }

    public var description: String { "\(source): \(detail)" }

    /// `[{source, detail}]`, as the drift and evidence reports write it.
    static func write(_ evidence: [Evidence], into json: inout JSONWriter) {
        json.array { json in
            for item in evidence {
                json.object { json in
                    json.field("source", item.source)
                    json.field("detail", item.detail)
                }
            }
        }
    }
}

/// How sure an importer is of a fact, from how it was seen.
public enum Confidence: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Only allowed, not shown: a NetworkPolicy rule, a container name, a port number.
    case low
    /// Routed by a proxy or ingress, or inferred by the Zipkin linker's rules.
    case medium
    /// An address in an environment variable or config, a workload definition, or linked spans.
    case high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
