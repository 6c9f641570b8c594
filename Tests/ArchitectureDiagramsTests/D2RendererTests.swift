import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectureDiagrams

/// The shop's diagrams are reviewed golden files, and every diagram is checked for balanced braces and
/// connections between declared shapes (the D2 binary draws them all in DiagramValidatorTests).
@Suite struct D2RendererTests {
    static let snapshots = RepositoryPaths.root.appendingPathComponent("Tests/ArchitectureDiagramsTests/__Snapshots__")

    @Test(arguments: DiagramView.allCases)
    func shopMatchesGolden(view: DiagramView) throws {
        for diagram in try Diagrams.render(try DiagramFixture.example(), view: view, format: .d2) {
            Golden.assertMatches(
                diagram.source,
                file: Self.snapshots.appendingPathComponent("shop-\(diagram.fileName)")
            )
        }
    }

    @Test func everyDiagramIsWellFormed() throws {
        for (name, model) in try DiagramFixture.allModels() {
            for diagram in try DiagramFixture.everyDiagram(of: model, format: .d2) {
                let structure = SourceStructure(diagram.source)
                #expect(structure.bracesBalance, "\(name) \(diagram.name): braces do not balance")
                // Shapes are declared as `key: "label" {` or `key: "label" {shape: ...}`.
                let declared = Set(
                    structure.lines.compactMap { line -> String? in
                        let trimmed = line.trimmingCharacters(in: .whitespaces)
                        guard !trimmed.contains(" -> "), let colon = trimmed.firstIndex(of: ":") else { return nil }
                        return String(trimmed[..<colon])
                    }
                )
                for connection in structure.relationships {
                    // A nested shape is addressed by its path; its last segment is its key.
                    for endpoint in [connection.from, connection.to] {
                        let key = endpoint.split(separator: ".").last.map(String.init) ?? endpoint
                        #expect(declared.contains(key), "\(name) \(diagram.name): `\(endpoint)` is not declared")
                    }
                }
            }
        }
    }

    @Test func nestedShapesAreAddressedByPath() throws {
        let diagram = try #require(
            try Diagrams.render(try DiagramFixture.example(), view: .container, format: .d2).first
        )
        #expect(diagram.source.contains("system.ctx4_ordering.svc_orders -> system.svc_cart: \"calls [gRPC]\""))
    }

    @Test func stringsEscapeQuotesBackslashesAndSubstitutions() {
        #expect(D2Renderer.quoted("a \"b\" \\ ${x}\nc") == "\"a \\\"b\\\" \\\\ \\${x}\\nc\"")
    }
}
