import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectureDiagrams

/// No Structurizr validator works offline: the shop's workspace is a reviewed golden file, and every
/// workspace is checked for balanced braces and relationships between declared elements.
@Suite struct StructurizrRendererTests {
    static let snapshots = RepositoryPaths.root.appendingPathComponent("Tests/ArchitectureDiagramsTests/__Snapshots__")

    @Test func shopWorkspaceMatchesGolden() throws {
        let workspace = try Diagrams.structurizrWorkspace(try DiagramFixture.example())
        Golden.assertMatches(workspace, file: Self.snapshots.appendingPathComponent("shop-workspace.dsl"))
    }

    @Test func everyWorkspaceIsWellFormed() throws {
        for (name, model) in try DiagramFixture.allModels() {
            var sources = [("\(name) workspace", try Diagrams.structurizrWorkspace(model))]
            sources += try DiagramFixture.everyDiagram(of: model, format: .structurizr).map {
                ("\(name) \($0.name)", $0.source)
            }
            for (label, source) in sources {
                let structure = SourceStructure(source)
                #expect(structure.bracesBalance, "\(label): braces do not balance")
                let declared = Set(
                    structure.lines.compactMap { line -> String? in
                        let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " = ")
                        return parts.count > 1 ? parts[0] : nil
                    }
                )
                #expect(!structure.relationships.isEmpty, "\(label): no relationships")
                for relationship in structure.relationships {
                    #expect(declared.contains(relationship.from), "\(label): `\(relationship.from)` is not declared")
                    #expect(declared.contains(relationship.to), "\(label): `\(relationship.to)` is not declared")
                }
                // A dynamic view may only draw relationships the model section declares.
                let viewsStart = try #require(source.range(of: "\n    views {\n"))
                let model = Set(
                    SourceStructure(String(source[..<viewsStart.lowerBound])).relationships.map {
                        "\($0.from)>\($0.to)"
                    }
                )
                for relationship in SourceStructure(String(source[viewsStart.upperBound...])).relationships {
                    #expect(
                        model.contains("\(relationship.from)>\(relationship.to)"),
                        "\(label): the view draws \(relationship.from) -> \(relationship.to), which the model lacks"
                    )
                }
            }
        }
    }

    @Test func oneWorkspaceHoldsEveryView() throws {
        let workspace = try Diagrams.structurizrWorkspace(try DiagramFixture.example())
        for view in [
            "systemContext system \"context\"", "container system \"container\"",
            "deployment system \"Production\" \"deployment\"", "dynamic system \"sequence-checkout\" \"checkout\"",
        ] {
            #expect(workspace.contains(view), "no `\(view)`")
        }
        // catalog's 4 replicas over zones a, b, c: 2 in zone a.
        #expect(
            workspace.contains("zone_a__svc_catalog = deploymentNode \"catalog\" \"\" \"service, 2 replicas\" \"\" 2 {")
        )
    }

    @Test func quotesAreEscapedAndLinesJoined() {
        #expect(
            StructurizrRenderer.quoted("a \"b\"\nc \\ d") == "\"a \\\"b\\\" c \\\\ d\""
        )
    }
}
