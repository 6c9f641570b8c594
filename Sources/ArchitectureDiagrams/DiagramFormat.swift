/// The diagram language a rendering is written in.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case mermaid, plantuml, dot, structurizr, d2

    /// The usual file extension of a source in this format.
    public var fileExtension: String {
        switch self {
        case .mermaid: "mmd"
        case .plantuml: "puml"
        case .dot: "dot"
        case .structurizr: "dsl"
        case .d2: "d2"
        }
    }

    /// The views this format can express.
    public var views: [DiagramView] {
        switch self {
        case .mermaid, .plantuml, .d2: DiagramView.allCases
        case .dot: [.context, .container, .deployment, .dataflow, .contextMap]
        case .structurizr: [.context, .container, .deployment, .sequence]
        }
    }
}

extension DiagramView {
    /// The formats that can express this view.
    public var formats: [DiagramFormat] { DiagramFormat.allCases.filter { $0.views.contains(self) } }
}
