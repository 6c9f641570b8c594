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
        case .mermaid: DiagramView.allCases
        case .plantuml, .d2, .dot, .structurizr: []
        }
    }
}

extension DiagramView {
    /// The formats that can express this view.
    public var formats: [DiagramFormat] { DiagramFormat.allCases.filter { $0.views.contains(self) } }
}
