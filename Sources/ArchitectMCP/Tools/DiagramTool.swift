import ArchitectureDiagrams
import MCP

extension ToolSpec {
    /// `diagram`: `architect diagram`, each diagram's source returned instead of written.
    static let diagram = ToolSpec(
        name: "diagram",
        description: """
            Draw a view of the model as diagram source: C4 context or container, deployment (replicas per \
            zone), sequence (one per workflow), data flow (topics), context map; in Mermaid, PlantUML (C4), \
            DOT, D2 or Structurizr DSL. `focus` keeps one service and its neighbourhood.
            """,
        input: ModelArgument.schemaProperties.merging([
            "view": Schema.string("What to draw (default container).", values: DiagramView.allCases.map(\.rawValue)),
            "format": Schema.string("The language (default mermaid).", values: DiagramFormat.allCases.map(\.rawValue)),
            "workflow": Schema.string("The workflow of a sequence view (default: one diagram per workflow)."),
            "focus": Schema.string("Show only this service and its neighbourhood."),
            "depth": Schema.integer("Hops around `focus` (default 1).", minimum: 0, maximum: 100),
        ]) { first, _ in first },
        output: Schema.object(
            [
                "diagrams": Schema.array(
                    Schema.object(
                        [
                            "name": Schema.string(), "view": Schema.string(), "format": Schema.string(),
                            "file_name": Schema.string(), "source": Schema.string(),
                        ],
                        required: ["name", "view", "format", "file_name", "source"]
                    )
                )
            ],
            required: ["diagrams"]
        )
    ) { arguments, context throws(ToolError) in
        let view = try choice("view", DiagramView.self, default: .container, arguments)
        let format = try choice("format", DiagramFormat.self, default: .mermaid, arguments)
        let workflow = try arguments.string("workflow")
        let focus = try arguments.string("focus")
        let depth = try arguments.integer("depth", in: 0...100)
        if depth != nil, focus == nil { throw .invalidArgument("`depth` applies with `focus`") }
        if workflow != nil, view != .sequence { throw .invalidArgument("`workflow` applies to the sequence view") }
        let model = try ModelArgument(arguments, context: context).model()
        let diagrams: [RenderedDiagram]
        do {
            let options = DiagramOptions(focus: focus, depth: depth ?? 1, workflow: workflow)
            diagrams = try Diagrams.render(model, view: view, format: format, options: options)
        } catch {
            throw .failed("\(error)")
        }
        let structured: Value = [
            "diagrams": .array(
                diagrams.map { diagram in
                    [
                        "name": .string(diagram.name), "view": .string(diagram.view.rawValue),
                        "format": .string(diagram.format.rawValue), "file_name": .string(diagram.fileName),
                        "source": .string(diagram.source),
                    ]
                }
            )
        ]
        let summary =
            "\(diagrams.count) \(format.rawValue) diagram(s): "
            + diagrams.map(\.fileName).joined(separator: ", ")
        return ToolOutput(structured: structured, summary: summary)
    }

    /// An enumerated argument (the schema lists its values).
    private static func choice<T: RawRepresentable & CaseIterable>(
        _ key: String,
        _ type: T.Type,
        default value: T,
        _ arguments: ToolArguments
    ) throws(ToolError) -> T where T.RawValue == String {
        guard let text = try arguments.string(key) else { return value }
        guard let choice = T(rawValue: text) else {
            let values = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidArgument("`\(key)` must be one of \(values), got `\(text)`")
        }
        return choice
    }
}
