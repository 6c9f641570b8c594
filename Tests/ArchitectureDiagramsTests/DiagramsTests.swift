import ArchitectureDiagrams
import ArchitectureModel
import Testing

@Suite struct DiagramsTests {
    @Test func sequenceGivesOneDiagramPerWorkflow() throws {
        let model = try DiagramFixture.example()
        let diagrams = try Diagrams.render(model, view: .sequence, format: .mermaid)
        #expect(diagrams.map(\.name) == ["sequence-browse", "sequence-add-to-cart", "sequence-checkout"])
        let one = try Diagrams.render(model, view: .sequence, format: .mermaid, options: .init(workflow: "checkout"))
        #expect(one.map(\.name) == ["sequence-checkout"])
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        let model = try DiagramFixture.example()
        #expect(throws: DiagramError.unknownWorkflow("chekout", suggestion: "checkout")) {
            try Diagrams.render(model, view: .sequence, format: .mermaid, options: .init(workflow: "chekout"))
        }
        #expect(throws: DiagramError.unknownService("order", suggestion: "orders")) {
            try Diagrams.render(model, view: .container, format: .mermaid, options: .init(focus: "order"))
        }
        let error = DiagramError.unknownService("order", suggestion: "orders")
        #expect(error.description == "unknown service `order` to focus on; did you mean `orders`?")
    }

    @Test func aFormatThatCannotDrawAViewSaysWhichCan() throws {
        let model = try DiagramFixture.example()
        #expect(throws: DiagramError.unsupported(view: .sequence, format: .dot)) {
            try Diagrams.render(model, view: .sequence, format: .dot)
        }
        #expect(
            DiagramError.unsupported(view: .sequence, format: .dot).description
                == "the sequence view cannot be drawn in dot; it can be drawn in mermaid, plantuml, structurizr, d2"
        )
    }
}
