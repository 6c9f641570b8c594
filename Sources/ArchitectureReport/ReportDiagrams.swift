public import ArchitectureAnalysis
import ArchitectureDiagrams
public import ArchitectureModel
import Foundation

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

extension ReportDiagrams {
    /// The C4 context and container views and every workflow's sequence, in Mermaid.
    public init(model: SystemModel) throws {
        try self.init(graph: ModelGraph(model))
    }

    /// The same, drawn from a graph the caller already has (an assessment's).
    public init(graph: ModelGraph) throws {
        let model = graph.model
        let views: [(DiagramView, String)] = [
            (.context, "C4 system context: the users, the system and the external systems it calls"),
            (.container, "C4 container view: services, datastores and brokers by bounded context"),
        ]
        var architecture: [Diagram] = []
        for (view, title) in views {
            architecture += try Diagrams.render(graph, view: view, format: .mermaid).map {
                Diagram(name: $0.name, title: title, source: $0.source)
            }
        }
        var sequences: [String: Diagram] = [:]
        for workflow in model.workflows {
            let rendered = try Diagrams.render(
                graph,
                view: .sequence,
                format: .mermaid,
                options: DiagramOptions(workflow: workflow.name)
            )
            if let diagram = rendered.first {
                sequences[workflow.name] = Diagram(
                    name: diagram.name,
                    title: "Sequence of \(workflow.name): timeouts and retries on each call, async publishes",
                    source: diagram.source
                )
            }
        }
        self.init(architecture: architecture, sequences: sequences)
    }
}

extension ReportDiagrams {
    /// The text of the vendored mermaid.min.js that ArchitectureDiagrams ships, for embedding.
    public static func mermaidLibrary() throws(ReportError) -> String {
        guard let url = MermaidScript.url else { throw .mermaidMissing("not in the resource bundle") }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .mermaidMissing(error.localizedDescription)
        }
    }
}
