import ArchitectureAnalysis

/// Elementary cycles of a directed graph by Johnson's algorithm, iterative and bounded: listing stops
/// after `limit` cycles and says so, because a dense component can hold exponentially many.
///
/// Each search starts from the least vertex of the least non-trivial strongly connected component of
/// what is left, so the work between two cycles is O(V + E) and the whole listing O((limit + 1)(V + E)).
package struct ElementaryCycles: Sendable {
    /// Each cycle's vertices in edge order, starting from its least vertex in `rank` order.
    package var cycles: [[Int]] = []
    /// True when the graph holds more than `limit` cycles, so the listing is incomplete.
    package var isCapped = false

    /// - Parameters:
    ///   - successors: adjacency lists; parallel edges are ignored.
    ///   - rank: the order that decides each cycle's first vertex (for names: their sort position).
    ///   - limit: the most cycles to list.
    package init(successors: [[Int]], rank: [Int], limit: Int) {
        // Renumber vertices by rank, so "least" is plain integer order.
        let byRank = successors.indices.sorted { rank[$0] < rank[$1] }
        var position = [Int](repeating: 0, count: successors.count)
        for (order, vertex) in byRank.enumerated() { position[vertex] = order }
        let graph = byRank.map { vertex in Array(Set(successors[vertex].map { position[$0] })).sorted() }
        var start = 0
        while start < graph.count {
            guard let component = Self.leastComponent(of: graph, from: start) else { return }
            start = component.least
            var found: [[Int]] = []
            let stopped = Self.listCycles(
                from: start,
                in: graph,
                allowed: component.members,
                limit: limit - cycles.count,
                found: &found
            )
            cycles += found.map { $0.map { byRank[$0] } }
            if stopped || cycles.count >= limit {
                isCapped = stopped || Self.leastComponent(of: graph, from: start + 1) != nil
                return
            }
            start += 1
        }
    }

    /// The strongly connected component with a cycle whose least vertex is smallest, in the subgraph
    /// of vertices >= `start`.
    private static func leastComponent(of graph: [[Int]], from start: Int) -> (least: Int, members: [Bool])? {
        let restricted = graph.indices.map { vertex in vertex < start ? [] : graph[vertex].filter { $0 >= start } }
        let components = StronglyConnectedComponents(successors: restricted)
        var best: [Int]?
        for component in components.components {
            guard let least = component.min(), least >= start else { continue }
            guard component.count > 1 || restricted[least].contains(least) else { continue }
            if least < best?.min() ?? .max { best = component }
        }
        guard let best, let least = best.min() else { return nil }
        var members = [Bool](repeating: false, count: graph.count)
        for vertex in best { members[vertex] = true }
        return (least, members)
    }

    /// Johnson's CIRCUIT from `start` inside one component, with an explicit stack. Returns true when
    /// it met a cycle beyond `limit` (so the listing is incomplete).
    private static func listCycles(
        from start: Int,
        in graph: [[Int]],
        allowed: [Bool],
        limit: Int,
        found: inout [[Int]]
    ) -> Bool {
        var blocked = [Bool](repeating: false, count: graph.count)
        var blockers = [Set<Int>](repeating: [], count: graph.count)
        var path = [start]
        var frames: [(vertex: Int, next: Int, found: Bool)] = [(start, 0, false)]
        blocked[start] = true
        while let frame = frames.last {
            let successors = graph[frame.vertex]
            if frame.next < successors.count {
                frames[frames.count - 1].next += 1
                let successor = successors[frame.next]
                guard allowed[successor] else { continue }
                if successor == start {
                    // One cycle past the limit proves the listing is incomplete.
                    if found.count >= limit { return true }
                    found.append(path)
                    frames[frames.count - 1].found = true
                } else if !blocked[successor] {
                    blocked[successor] = true
                    path.append(successor)
                    frames.append((successor, 0, false))
                }
                continue
            }
            frames.removeLast()
            path.removeLast()
            if frame.found {
                unblock(frame.vertex, blocked: &blocked, blockers: &blockers)
                if !frames.isEmpty { frames[frames.count - 1].found = true }
            } else {
                for successor in successors where allowed[successor] { blockers[successor].insert(frame.vertex) }
            }
        }
        return false
    }

    private static func unblock(_ vertex: Int, blocked: inout [Bool], blockers: inout [Set<Int>]) {
        var pending = [vertex]
        while let next = pending.popLast() {
            guard blocked[next] else { continue }
            blocked[next] = false
            pending.append(contentsOf: blockers[next])
            blockers[next].removeAll()
        }
    }
}
