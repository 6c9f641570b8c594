package import ArchitectureAnalysis

/// The longest synchronous call path (in hops) from a workflow's entry through its acyclic call graph,
/// by dynamic programming over a topological order: linear in the graph, never enumerating paths.
package struct LongestChain: Sendable, Hashable {
    /// Calls along the path.
    package var hops: Int
    /// Services along the path, entry first.
    package var services: [Int]

    /// Nil when the graph has a cycle (`sync-cycle` reports it; depth is undefined).
    package init?(_ graph: CallGraph.WorkflowGraph) {
        guard graph.cycle == nil else { return nil }
        let order = CallGraph.topologicalOrder(graph)
        var depth: [Int: Int] = [graph.entry: 0]
        var previous: [Int: Int] = [:]
        for service in order {
            guard let reached = depth[service] else { continue }
            for edge in graph.outgoing(service) where reached + 1 > depth[edge.callee] ?? -1 {
                depth[edge.callee] = reached + 1
                previous[edge.callee] = service
            }
        }
        // The deepest end; ties go to the service met first in the topological order.
        var end = graph.entry
        for service in order where (depth[service] ?? -1) > depth[end] ?? -1 { end = service }
        var services = [end]
        while let caller = previous[services[services.count - 1]] { services.append(caller) }
        hops = depth[end] ?? 0
        self.services = services.reversed()
    }
}
