import Testing

@testable import ArchitectureDiagrams

@Suite struct MermaidRendererTests {
    @Test func flowchartLabelsUseHTMLEntities() {
        #expect(
            MermaidRenderer.htmlLabel("a \"b\" #1 <c> & d%\ne`")
                == "a &quot;b&quot; &num;1 &lt;c&gt; &amp; d&percnt;<br>e&grave;"
        )
        #expect(MermaidRenderer.htmlLabel("x\\ny") == "x&bsol;\u{200B}ny")
        #expect(MermaidRenderer.htmlLabel("tab\there") == "tab here")
    }

    @Test func sequenceTextUsesEntityCodes() {
        #expect(MermaidRenderer.escape("a; b: #c [d]") == "a#59; b#58; #35;c #91;d#93;")
    }

    @Test func parallelCallsBecomeOneParBlock() throws {
        let diagram = try #require(
            try Diagrams.render(try DiagramFixture.hostile(), view: .sequence, format: .mermaid).first
        )
        let lines = diagram.source.split(separator: "\n").map { $0.trimmingPrefix(while: \.isWhitespace) }
        #expect(lines.filter { $0.hasPrefix("par ") } == ["par parallel#58; p#59;1"])
        #expect(lines.filter { $0.hasPrefix("and ") } == ["and parallel#58; p#59;1"])
        #expect(lines.contains("svc_graph-)topic_topic: publish"))
    }
}
