import ArchitectureGenerators
import MCP

extension ToolSpec {
    /// `generate`: `architect generate TARGET`, the files returned instead of written (the server
    /// writes nothing), with the placeholders still to fill in.
    static let generate = ToolSpec(
        name: "generate",
        description: """
            Generate operations config from a model: Kubernetes (k8s), Istio, SLO alerts (slo: Prometheus \
            rules, Sloth, OpenSLO), OpenTelemetry Collector (otel), Grafana, OpenAPI, AsyncAPI, or all. The \
            files come back in the result, nothing is written; `placeholders` lists what to fill in (images, \
            ports, endpoints) before applying them.
            """,
        input: ModelArgument.schemaProperties.merging([
            "target": Schema.string("What to generate.", values: Generation.targets),
            "image_template": Schema.string("Container image per service; {service} is replaced by its name."),
            "port": Schema.integer("The port every service listens on.", minimum: 1, maximum: 65_535),
            "namespace": Schema.string("Kubernetes namespace (default: the system name)."),
        ]) { first, _ in first },
        required: ["target"],
        output: Schema.object(
            [
                "target": Schema.string(),
                "files": Schema.array(
                    Schema.object(
                        ["path": Schema.string(), "contents": Schema.string()],
                        required: ["path", "contents"]
                    )
                ),
                "placeholders": Schema.array(Schema.string()),
                "warnings": Schema.array(Schema.string()),
            ],
            required: ["target", "files", "placeholders", "warnings"]
        )
    ) { arguments, context throws(ToolError) in
        let target = try arguments.requiredString("target")
        var configuration = GenerateConfiguration()
        if let template = try arguments.string("image_template") { configuration.imageTemplate = template }
        if let port = try arguments.integer("port", in: 1...65_535) { configuration.port = port }
        configuration.namespace = try arguments.string("namespace")
        let model = try ModelArgument(arguments, context: context).model()
        guard let generation = Generation.make(target: target, model: model, configuration: configuration) else {
            throw .invalidArgument(
                "unknown target `\(target)`; the targets are: \(Generation.targets.joined(separator: ", "))"
            )
        }
        let structured: Value = [
            "target": .string(target),
            "files": .array(generation.files.map { ["path": .string($0.path), "contents": .string($0.contents)] }),
            "placeholders": .array(generation.placeholders.map(Value.string)),
            "warnings": .array(generation.warnings.map(Value.string)),
        ]
        let summary =
            "\(generation.files.count) file(s) for \(target): "
            + generation.files.map(\.path).joined(separator: ", ")
            + (generation.placeholders.isEmpty ? "" : "\nplaceholders to fill in: ")
            + generation.placeholders.joined(separator: "; ")
        return ToolOutput(structured: structured, summary: summary)
    }
}
