import ArchitectureModel
import Testing

@testable import ArchitectureAnalysis

/// The message tables of a model written in the test, for the internals of load propagation.
struct MessageFixture {
    let topology: MessageTopology
    let graph: CallGraph
    let flow: MessageFlow

    init(_ yaml: String) throws {
        let model = try #require(ArchitectureLoadingForTests.load(yaml))
        let table = ComponentTable(model)
        topology = MessageTopology(model, table: table)
        graph = CallGraph(model, table: table)
        flow = MessageFlow(topology, graph: graph)
    }

    func topic(_ name: String) throws -> Int { try #require(topology.topicNames.firstIndex(of: name)) }

    func name(_ component: Int) -> String { topology.table.components[component].name }
}
