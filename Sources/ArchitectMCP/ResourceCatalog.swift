import ArchitectureLoading
import ArchitectureReview
import MCP

/// What `resources/list` offers: the model's JSON Schema, the rule catalog, the model format and the
/// example models (the last two compiled in: `EmbeddedDocuments`).
struct ResourceCatalog: Sendable {
    struct Entry: Sendable {
        var resource: Resource
        var read: @Sendable () -> String
    }

    let entries: [Entry]

    init() {
        var entries = [
            Entry(
                resource: Resource(
                    name: "model-schema",
                    uri: "architect://schema/model.json",
                    title: "JSON Schema of the model format",
                    description: "Draft 2020-12, the schema `architect schema` prints: every field, type and default.",
                    mimeType: "application/schema+json"
                ),
                read: { JSONSchemaWriter.write() }
            ),
            Entry(
                resource: Resource(
                    name: "rules",
                    uri: "architect://rules",
                    title: "Review rule catalog",
                    description: "Every review rule: id, severity, category, summary, parameters.",
                    mimeType: "application/json"
                ),
                read: { RuleCatalogRenderer.json(RuleCatalog.entries) }
            ),
            Entry(
                resource: Resource(
                    name: "model-format",
                    uri: "architect://spec/model-format",
                    title: "The architecture model, format 1",
                    description: "The model format's reference (docs/model-format.md): fields, units, defaults.",
                    mimeType: "text/markdown"
                ),
                read: { EmbeddedDocuments.modelFormat }
            ),
        ]
        for example in EmbeddedDocuments.examples {
            entries.append(
                Entry(
                    resource: Resource(
                        name: "example-\(example.name.dropLast(5))",
                        uri: "architect://examples/\(example.name)",
                        title: "Example model \(example.name)",
                        description: "A commented example model from the repository's Examples folder.",
                        mimeType: "application/yaml"
                    ),
                    read: { example.text }
                )
            )
        }
        self.entries = entries
    }

    func read(_ uri: String) throws -> ReadResource.Result {
        guard let entry = entries.first(where: { $0.resource.uri == uri }) else {
            let known = entries.map(\.resource.uri).joined(separator: ", ")
            throw MCPError.invalidParams("unknown resource `\(uri)`; the resources are: \(known)")
        }
        return ReadResource.Result(contents: [.text(entry.read(), uri: uri, mimeType: entry.resource.mimeType)])
    }
}
