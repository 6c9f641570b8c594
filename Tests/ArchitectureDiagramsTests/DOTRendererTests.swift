import Testing

@testable import ArchitectureDiagrams

@Suite struct DOTRendererTests {
    @Test func stringsEscapeQuotesBackslashesAndLineBreaks() {
        #expect(DOTRenderer.quoted("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
    }

    @Test func zonesAreClusters() throws {
        let diagram = try #require(
            try Diagrams.render(try DiagramFixture.example(), view: .deployment, format: .dot).first
        )
        for zone in ["a", "b", "c"] {
            #expect(diagram.source.contains("subgraph \"cluster_zone_\(zone)\" {"))
        }
        #expect(diagram.source.contains("\"zone_a__svc_catalog\" [label=\"catalog\\n[service, 2 replicas]\""))
    }
}
