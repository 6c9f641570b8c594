import ArchitectureDiagrams
import ArchitectureModel
import ArgumentParser
import Foundation

extension Architect {
    struct Diagram: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Draw a view of the model: C4 context or container, deployment, sequence, data flow, context map.",
            discussion: """
                Prints to standard output, or writes -o FILE (one diagram) or -o DIR (one file per diagram, \
                named after the view or workflow). Not every format draws every view; see docs/diagrams.md. \
                Exit status: 0 when drawn, 2 when the model does not load, 64 for an unknown focus or \
                workflow or a view the format cannot draw.
                """
        )

        @Argument(help: "The model file (YAML or JSON).")
        var model: String

        @Option(name: [.customLong("view")], help: "What to draw.")
        var viewArgument = ChoiceArgument(DiagramView.container)

        @Option(name: [.customLong("format")], help: "The language.")
        var formatArgument = ChoiceArgument(DiagramFormat.mermaid)

        var view: DiagramView { viewArgument.value }
        var format: DiagramFormat { formatArgument.value }

        @Option(help: "The workflow of a sequence view (default: one diagram per workflow).")
        var workflow: String?

        @Option(help: "Show only this service and its neighbourhood.")
        var focus: String?

        @Option(help: "Hops around --focus, calls and topic deliveries in both directions (default 1).")
        var depth: Int?

        @Option(name: .shortAndLong, help: "A file for one diagram, or a directory for one file per diagram.")
        var output: String?

        func validate() throws {
            if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
            if depth != nil && focus == nil { throw ValidationError("--depth applies with --focus SERVICE") }
            if workflow != nil && view != .sequence { throw ValidationError("--workflow applies to --view sequence") }
        }

        func run() throws {
            let loaded = try ModelInput.load(model)
            let diagrams: [RenderedDiagram]
            do {
                let options = DiagramOptions(focus: focus, depth: depth ?? 1, workflow: workflow)
                diagrams = try Diagrams.render(loaded, view: view, format: format, options: options)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitStatus.usage
            }
            if let output {
                try DiagramOutput.write(diagrams, to: output)
            } else {
                print(DiagramOutput.joined(diagrams), terminator: "")
            }
        }
    }
}

/// A library enum as an option value; the conformance stays internal to the CLI.
struct ChoiceArgument<Value: RawRepresentable & CaseIterable & Sendable>: ExpressibleByArgument, Sendable
where Value.RawValue == String {
    var value: Value

    init(_ value: Value) { self.value = value }

    init?(argument: String) {
        guard let value = Value(rawValue: argument) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
}
