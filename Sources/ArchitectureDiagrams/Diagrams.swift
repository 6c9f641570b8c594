public import ArchitectureAnalysis
public import ArchitectureModel

/// Draws a model's views in diagram languages.
public enum Diagrams {
    /// One diagram per view (the sequence view gives one per workflow, or the one named in options).
    /// Structurizr gives one workspace holding the view (every workflow's dynamic view for `sequence`).
    public static func render(
        _ model: SystemModel,
        view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions = .init()
    ) throws -> [RenderedDiagram] {
        try diagrams(ModelGraph(model), view: view, format: format, options: options)
    }

    /// `render` on a model whose graph the caller already has.
    public static func render(
        _ graph: ModelGraph,
        view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions = .init()
    ) throws -> [RenderedDiagram] {
        try diagrams(graph, view: view, format: format, options: options)
    }

    /// One Structurizr DSL workspace with every view it can express: system context, container,
    /// deployment, and a dynamic view per workflow.
    public static func structurizrWorkspace(_ model: SystemModel, options: DiagramOptions = .init()) throws -> String {
        let subject = try DiagramSubject(ModelGraph(model), options: options)
        return try StructurizrRenderer(subject: subject, workflow: options.workflow)
            .workspace(views: DiagramFormat.structurizr.views)
    }

    /// `render` with its error type spelled out.
    static func diagrams(
        _ graph: ModelGraph,
        view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions
    ) throws(DiagramError) -> [RenderedDiagram] {
        guard format.views.contains(view) else { throw .unsupported(view: view, format: format) }
        let subject = try DiagramSubject(graph, options: options)
        if format == .structurizr {
            let source = try StructurizrRenderer(subject: subject, workflow: options.workflow).workspace(views: [view])
            return [RenderedDiagram(name: view.rawValue, view: view, format: format, source: source)]
        }
        if view == .sequence {
            let sequences = try SequenceBuilder(subject: subject).diagrams(workflow: options.workflow)
            return sequences.map { sequence in
                let source: String =
                    switch format {
                    case .plantuml: PlantUMLRenderer.render(sequence)
                    case .d2: D2Renderer.render(sequence)
                    case .mermaid, .dot, .structurizr: MermaidRenderer.render(sequence)
                    }
                return RenderedDiagram(name: "sequence-\(sequence.name)", view: view, format: format, source: source)
            }
        }
        let graph = GraphBuilder(subject: subject).graph(for: view)
        let source: String =
            switch format {
            case .mermaid, .structurizr: MermaidRenderer.render(graph)
            case .plantuml: PlantUMLRenderer.render(graph, view: view)
            case .dot: DOTRenderer.render(graph)
            case .d2: D2Renderer.render(graph)
            }
        return [RenderedDiagram(name: view.rawValue, view: view, format: format, source: source)]
    }
}
