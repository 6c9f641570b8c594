import Testing

@testable import ArchitectureDiagrams

@Suite struct PlantUMLRendererTests {
    @Test func specialCharactersBecomeUnicodeEscapes() {
        #expect(PlantUMLRenderer.text("a \"b\" $c %d") == "a <U+0022>b<U+0022> <U+0024>c <U+0025>d")
        #expect(PlantUMLRenderer.text("line\nnext") == "line\\nnext")
        // Creole pairs are broken only when doubled: `--` would strike through, a lone `-` is text.
        #expect(PlantUMLRenderer.text("a-b -- c") == "a-b <U+002D><U+002D> c")
        #expect(PlantUMLRenderer.text("**x**") == "<U+002A><U+002A>x<U+002A><U+002A>")
    }

    @Test func viewsIncludeTheirC4Library() throws {
        let model = try DiagramFixture.example()
        let expected: [DiagramView: String] = [
            .context: "C4_Context", .contextMap: "C4_Context", .container: "C4_Container", .dataflow: "C4_Container",
            .deployment: "C4_Deployment",
        ]
        for (view, library) in expected {
            let diagram = try #require(try Diagrams.render(model, view: view, format: .plantuml).first)
            #expect(diagram.source.hasPrefix("@startuml\n!include <C4/\(library)>\n"), "\(view)")
        }
        let sequence = try #require(try Diagrams.render(model, view: .sequence, format: .plantuml).first)
        #expect(!sequence.source.contains("!include"))
    }

    @Test func asyncRelationshipsAreTagged() throws {
        let diagram = try #require(
            try Diagrams.render(try DiagramFixture.example(), view: .dataflow, format: .plantuml).first
        )
        #expect(
            diagram.source.contains(
                "Rel(svc_orders, topic_order_placed, \"publishes through its outbox\", \"kafka\", $tags = \"async\")"
            )
        )
    }
}
