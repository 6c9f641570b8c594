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
        // By position in the graph's services: depth from the entry (-1 unreached) and the caller on
        // the deepest path.
        var depth = [Int](repeating: -1, count: graph.services.count)
        var previous = [Int](repeating: -1, count: graph.services.count)
        depth[0] = 0
        for at in graph.orderAt.lazy.map(Int.init) {
            let reached = depth[at]
            guard reached >= 0 else { continue }
            for edge in graph.edgeRange(at: at) {
                let callee = Int(graph.calleeAt[edge])
                if reached + 1 > depth[callee] {
                    depth[callee] = reached + 1
                    previous[callee] = at
                }
            }
        }
        // The deepest end; ties go to the service met first in the topological order.
        var end = 0
        for at in graph.orderAt.lazy.map(Int.init) where depth[at] > depth[end] { end = at }
        var positions = [end]
        while previous[positions[positions.count - 1]] >= 0 {
            positions.append(previous[positions[positions.count - 1]])
        }
        hops = depth[end]
        services = positions.reversed().map { graph.services[$0] }
    }
}
