import ArchitectureModel

/// The heaviest path from a workflow's entry through its acyclic call graph, by dynamic programming
/// over a topological order: linear in the graph, never enumerating paths.
package struct LongestPath: Sendable, Hashable {
    /// The path's combined weight: hops for depth, the attempt product for retries.
    package var value: Double
    /// Services along the path, entry first.
    package var services: [Int]

    /// - Parameters:
    ///   - weight: each edge's weight.
    ///   - combine: how a path's weight grows by one edge (`+` for hops, `*` for attempts); it must
    ///     be monotone, so the best path to a service extends the best path to its caller.
    ///   - start: the weight of the empty path at the entry.
    package init?(
        _ graph: WorkflowCallGraph,
        start: Double,
        weight: (WorkflowCallGraph.Edge) -> Double,
        combine: (Double, Double) -> Double
    ) {
        guard let order = graph.topologicalOrder else { return nil }
        var best: [Int: Double] = [graph.entry: start]
        var previous: [Int: Int] = [:]
        for service in order {
            guard let reached = best[service] else { continue }
            for edge in graph.outgoing[service] ?? [] {
                let candidate = combine(reached, weight(edge))
                if candidate > best[edge.callee] ?? -.infinity {
                    best[edge.callee] = candidate
                    previous[edge.callee] = service
                }
            }
        }
        // The deepest end; ties go to the service met first in the topological order.
        var end = graph.entry
        for service in order where (best[service] ?? -.infinity) > best[end] ?? -.infinity { end = service }
        var services = [end]
        while let caller = previous[services[services.count - 1]] { services.append(caller) }
        value = best[end] ?? start
        self.services = services.reversed()
    }
}
