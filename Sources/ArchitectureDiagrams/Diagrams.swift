public import ArchitectureModel

/// Draws a model's views in diagram languages.
public enum Diagrams {
    /// One diagram per view (the sequence view gives one per workflow, or the one named in options).
    public static func render(
        _ model: SystemModel,
        view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions = .init()
    ) throws -> [RenderedDiagram] {
        try diagrams(model, view: view, format: format, options: options)
    }

    /// `render` with its error type spelled out.
    static func diagrams(
        _ model: SystemModel,
        view: DiagramView,
        format: DiagramFormat,
        options: DiagramOptions
    ) throws(DiagramError) -> [RenderedDiagram] {
        guard format.views.contains(view) else { throw .unsupported(view: view, format: format) }
        let subject = try DiagramSubject(model, options: options)
        if view == .sequence {
            let sequences = try SequenceBuilder(subject: subject).diagrams(workflow: options.workflow)
            return sequences.map { sequence in
                let source: String =
                    switch format {
                    case .mermaid: MermaidRenderer.render(sequence)
                    case .plantuml, .dot, .structurizr, .d2: MermaidRenderer.render(sequence)
                    }
                return RenderedDiagram(name: "sequence-\(sequence.name)", view: view, format: format, source: source)
            }
        }
        let graph = GraphBuilder(subject: subject).graph(for: view)
        let source: String =
            switch format {
            case .mermaid: MermaidRenderer.render(graph)
            case .plantuml, .dot, .structurizr, .d2: MermaidRenderer.render(graph)
            }
        return [RenderedDiagram(name: view.rawValue, view: view, format: format, source: source)]
    }
}
