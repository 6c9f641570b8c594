import ArchitectureModel
import Foundation

/// `architect review --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. One run; every
/// catalog rule in `tool.driver.rules`; `partialFingerprints` from the finding id (`rule:target`);
/// waived findings carry an `inSource` suppression with the waiver's reason.
public enum SARIFRenderer {
    /// - Parameters:
    ///   - version: the tool version to record.
    ///   - currentDirectory: artifact URIs are made relative to it.
    public static func render(_ report: ReviewReport, version: String, currentDirectory: String) -> String {
        let rules = RuleCatalog.entries
        var ruleIndex: [String: Int] = [:]
        for (position, rule) in rules.enumerated() { ruleIndex[rule.id] = position }
        let run = Run(
            tool: Tool(
                driver: Driver(
                    version: version,
                    rules: rules.map(ReportingDescriptor.init)
                )
            ),
            results: report.findings.map { finding in
                Result(
                    ruleId: finding.rule,
                    ruleIndex: ruleIndex[finding.rule],
                    level: level(finding.severity),
                    message: Message(text: "\(finding.message). Fix: \(finding.fix)."),
                    locations: finding.location.map { location in
                        [
                            Location(
                                physicalLocation: PhysicalLocation(
                                    artifactLocation: ArtifactLocation(
                                        uri: relativeURI(location.file, from: currentDirectory)
                                    ),
                                    region: Region(
                                        startLine: max(1, location.line),
                                        startColumn: max(1, location.column)
                                    )
                                ),
                                logicalLocations: [LogicalLocation(name: finding.target)]
                            )
                        ]
                    },
                    partialFingerprints: ["architectFindingId/v1": finding.id],
                    suppressions: finding.waiver.map { [Suppression(kind: "inSource", justification: $0)] },
                    properties: ResultProperties(target: finding.target, fix: finding.fix)
                )
            }
        )
        return JSONText.encode(Log(runs: [run]))
    }

    package static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as given on the command line, relative to `directory` when it lies inside it, as a URI
    /// reference (`Examples/shop.yaml`); other absolute paths become `file://` URIs.
    package static func relativeURI(_ path: String, from directory: String) -> String {
        var relative = path
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        if path.hasPrefix(base) { relative = String(path.dropFirst(base.count)) }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private struct Log: Encodable {
        var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name = "architect"
        var version: String
        var rules: [ReportingDescriptor]
    }

    private struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties

        init(_ rule: RuleInfo) {
            id = rule.id
            name = rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            shortDescription = Message(text: rule.summary)
            fullDescription = Message(text: rule.rationale)
            help = Help(text: RuleDocumentation.text(rule), markdown: RuleDocumentation.markdown(rule))
            defaultConfiguration = Configuration(level: SARIFRenderer.level(rule.severity))
            properties = RuleProperties(tags: [rule.category.rawValue], category: rule.category.rawValue)
        }
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct Help: Encodable {
        var text: String
        var markdown: String
    }

    private struct Configuration: Encodable {
        var level: String
    }

    private struct RuleProperties: Encodable {
        var tags: [String]
        var category: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    private struct LogicalLocation: Encodable {
        var name: String
    }

    private struct Suppression: Encodable {
        var kind: String
        var justification: String
    }

    private struct ResultProperties: Encodable {
        var target: String
        var fix: String
    }
}
