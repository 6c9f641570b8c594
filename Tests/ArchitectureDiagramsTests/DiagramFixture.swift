import ArchitectTestSupport
import ArchitectureDiagrams
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// Example models, a model whose labels are hostile to every diagram syntax, and file output.
enum DiagramFixture {
    static func example(_ name: String = "shop.yaml") throws -> SystemModel {
        let result = try ModelLoader.load(contentsOf: RepositoryPaths.examples.appendingPathComponent(name).path)
        return try #require(result.model, "\(name) does not load")
    }

    static func model(_ yaml: String) throws -> SystemModel {
        let result = ModelLoader.load(text: yaml, file: "test.yaml")
        return try #require(result.model, "\(result.diagnostics.map(\.message))")
    }

    /// Labels and contexts full of characters diagram syntaxes read specially.
    static let hostileFile = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectureDiagramsTests/Fixtures/hostile.yaml"
    )

    static func hostile() throws -> SystemModel {
        let result = try ModelLoader.load(contentsOf: hostileFile.path)
        return try #require(result.model, "hostile.yaml does not load")
    }

    /// The hostile fixture and every example, by name.
    static func allModels() throws -> [(name: String, model: SystemModel)] {
        try [("hostile", try hostile())] + examples()
    }

    static func examples() throws -> [(name: String, model: SystemModel)] {
        try RepositoryPaths.exampleModels().map {
            ($0.deletingPathExtension().lastPathComponent, try example($0.lastPathComponent))
        }
    }

    /// Every diagram of every view the format can draw.
    static func everyDiagram(of model: SystemModel, format: DiagramFormat) throws -> [RenderedDiagram] {
        try format.views.flatMap { try Diagrams.render(model, view: $0, format: format) }
    }

    /// Writes each diagram as `prefix-name.ext` under a fresh directory; returns the files.
    static func write(
        _ diagrams: [(prefix: String, diagram: RenderedDiagram)],
        in directory: TemporaryDirectory
    )
        throws -> [URL]
    {
        try diagrams.map {
            URL(fileURLWithPath: try directory.write("\($0.prefix)-\($0.diagram.fileName)", $0.diagram.source))
        }
    }
}
