package import ArchitectureModel
import ArchitectureOutput
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
        // Findings share a handful of files: each path is made a URI once.
        var uris: [String: String] = [:]
        // About 1,300 bytes a result on generated models: the text is allocated once.
        return JSONWriter.text(reservingCapacity: 1_300 * report.findings.count) { json in
            json.object { json in
                json.field("$schema", schema)
                json.field("version", "2.1.0")
                json.key("runs")
                json.array { json in
                    json.object { json in
                        json.field("tool") { json in
                            json.field("driver") { json in
                                json.field("name", "architect")
                                json.field("version", version)
                                json.key("rules")
                                json.array { json in
                                    for rule in rules { descriptor(&json, rule) }
                                }
                            }
                        }
                        json.field("columnKind", "unicodeCodePoints")
                        json.key("results")
                        json.array { json in
                            for finding in report.findings {
                                let uri = finding.location.map { location in
                                    if let uri = uris[location.file] { return uri }
                                    let uri = relativeURI(location.file, from: currentDirectory)
                                    uris[location.file] = uri
                                    return uri
                                }
                                result(&json, finding, ruleIndex: ruleIndex[finding.rule], uri: uri)
                            }
                        }
                    }
                }
            }
        }
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

    private static let schema =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// A `reportingDescriptor`: the rule's texts and default level.
    private static func descriptor(_ json: inout JSONWriter, _ rule: RuleInfo) {
        json.object { json in
            json.field("id", rule.id)
            json.field(
                "name",
                rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            )
            json.field("shortDescription") { json in json.field("text", rule.summary) }
            json.field("fullDescription") { json in json.field("text", rule.rationale) }
            json.field("help") { json in
                json.field("text", RuleDocumentation.text(rule))
                json.field("markdown", RuleDocumentation.markdown(rule))
            }
            json.field("defaultConfiguration") { json in json.field("level", level(rule.severity)) }
            json.field("properties") { json in
                json.field("category", rule.category.rawValue)
                json.key("tags")
                json.inlineArray { json in json.value(rule.category.rawValue) }
            }
        }
    }

    /// A `result`. `uri` is the artifact URI of the finding's file, nil when it has no location.
    private static func result(_ json: inout JSONWriter, _ finding: Finding, ruleIndex: Int?, uri: String?) {
        json.object { json in
            json.field("ruleId", finding.rule)
            if let ruleIndex { json.field("ruleIndex", ruleIndex) }
            json.field("level", level(finding.severity))
            json.field("message") { json in json.field("text", "\(finding.message). Fix: \(finding.fix).") }
            if let location = finding.location, let uri {
                json.key("locations")
                json.array { json in
                    json.object { json in
                        json.key("logicalLocations")
                        json.array { json in
                            json.object { json in json.field("name", finding.target) }
                        }
                        json.field("physicalLocation") { json in
                            json.field("artifactLocation") { json in json.field("uri", uri) }
                            json.field("region") { json in
                                json.field("startLine", max(1, location.line))
                                json.field("startColumn", max(1, location.column))
                            }
                        }
                    }
                }
            }
            json.field("partialFingerprints") { json in json.field("architectFindingId/v1", finding.id) }
            json.field("properties") { json in
                json.field("target", finding.target)
                json.field("fix", finding.fix)
            }
            if let reason = finding.waiver {
                json.key("suppressions")
                json.array { json in
                    json.object { json in
                        json.field("kind", "inSource")
                        json.field("justification", reason)
                    }
                }
            }
        }
    }
}
