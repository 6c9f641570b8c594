/// The Mermaid diagrams a report embeds, rendered by ArchitectureDiagrams.
public struct ReportDiagrams: Sendable {
    public struct Diagram: Sendable {
        /// File name in the Markdown folder, without extension: `container`, `sequence-checkout`.
        public var name: String
        public var title: String
        public var source: String

        public init(name: String, title: String, source: String) {
            self.name = name
            self.title = title
            self.source = source
        }
    }

    /// C4 system context and container views.
    public var architecture: [Diagram]
    /// Sequence diagram of each workflow, by workflow name.
    public var sequences: [String: Diagram]

    public init(architecture: [Diagram] = [], sequences: [String: Diagram] = [:]) {
        self.architecture = architecture
        self.sequences = sequences
    }
}
