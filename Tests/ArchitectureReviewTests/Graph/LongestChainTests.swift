import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureReview
import Testing

@Suite struct LongestChainTests {
    static func graph(_ yaml: String) throws -> CallGraph.WorkflowGraph {
        let model = try ReviewHarness.model(yaml)
        let workflow = try #require(model.workflows.first)
        return try #require(CallGraph(model, table: ComponentTable(model)).graph(for: workflow))
    }

    @Test func takesTheLongestOfTwoBranches() throws {
        let graph = try Self.graph(
            """
            architect: 1
            system:
              name: t
            services:
              a:
                calls:
                  - to: b
                  - to: d
              b:
                calls:
                  - to: c
              c:
                calls:
                  - to: d
              d: {}
            workflows:
              w:
                entry: a
            """
        )
        let chain = try #require(LongestChain(graph))
        #expect(chain.hops == 3)
        #expect(chain.services == [0, 1, 2, 3])
    }

    @Test func isUndefinedOnACycle() throws {
        let graph = try Self.graph(
            """
            architect: 1
            system:
              name: t
            services:
              a:
                calls:
                  - to: b
              b:
                calls:
                  - to: a
            workflows:
              w:
                entry: a
            """
        )
        #expect(LongestChain(graph) == nil)
    }
}
