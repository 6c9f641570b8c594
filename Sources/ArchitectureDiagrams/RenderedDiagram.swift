/// One diagram's source text.
public struct RenderedDiagram: Sendable, Equatable {
    /// A file name without extension, unique among one render's diagrams (`container`, `sequence-checkout`).
    public var name: String
    public var view: DiagramView
    public var format: DiagramFormat
    public var source: String

    public init(name: String, view: DiagramView, format: DiagramFormat, source: String) {
        self.name = name
        self.view = view
        self.format = format
        self.source = source
    }

    /// `name.extension`, the file a diagram is written to.
    public var fileName: String { "\(name).\(format.fileExtension)" }
}
