import ArchitectureModel

/// Elementary cycles of a directed graph by Johnson's algorithm, run iteratively inside each strongly
/// connected component and bounded: listing stops after `limit` cycles or once its work exceeds a
/// budget proportional to the graph, and says so, because a dense component can hold exponentially
/// many cycles.
package struct ElementaryCycles: Sendable {
    /// Each cycle's vertices in edge order, starting from its least vertex in `rank` order.
    package var cycles: [[Int]] = []
    /// True when listing stopped before every cycle was found.
    package var isCapped = false

    /// - Parameters:
    ///   - successors: adjacency lists; parallel edges are ignored.
    ///   - rank: the order that decides each cycle's first vertex (for names: their sort position).
    ///   - limit: the most cycles to list.
    package init(successors: [[Int]], rank: [Int], limit: Int) {
        let components = StronglyConnectedComponents(successors: successors)
        let edgeCount = successors.reduce(0) { $0 + $1.count }
        var budget = 64 * (successors.count + edgeCount) + 10_000
        for component in components.components.reversed() {
            let selfLoops = component.filter { successors[$0].contains($0) }
            guard component.count > 1 || !selfLoops.isEmpty else { continue }
            let members = component.sorted { rank[$0] < rank[$1] }
            var local = [Int: Int](minimumCapacity: members.count)
            for (position, vertex) in members.enumerated() { local[vertex] = position }
            let localSuccessors = members.map { vertex in
                Array(Set(successors[vertex].compactMap { local[$0] })).sorted()
            }
            for start in 0..<members.count {
                guard cycles.count < limit, budget > 0 else {
                    isCapped = true
                    return
                }
                var found: [[Int]] = []
                let stopped = Self.listCycles(
                    from: start,
                    successors: localSuccessors,
                    limit: limit - cycles.count,
                    budget: &budget,
                    found: &found
                )
                cycles += found.map { $0.map { members[$0] } }
                isCapped = isCapped || stopped
            }
        }
    }

    /// The cycles through `start` that use only vertices at or after it (Johnson's CIRCUIT with
    /// blocking, so each search between two cycles costs at most one pass over the edges).
    /// Returns true when it stopped early (limit or budget reached with the search unfinished).
    private static func listCycles(
        from start: Int,
        successors: [[Int]],
        limit: Int,
        budget: inout Int,
        found: inout [[Int]]
    ) -> Bool {
        budget -= successors.count
        var blocked = [Bool](repeating: false, count: successors.count)
        var blockers = [Set<Int>](repeating: [], count: successors.count)
        var path = [start]
        var frames: [(vertex: Int, next: Int, found: Bool)] = [(start, 0, false)]
        blocked[start] = true
        while let frame = frames.last {
            budget -= 1
            if budget <= 0 || found.count >= limit {
                return budget <= 0 || hasMoreCycles(frames: frames, successors: successors, start: start)
            }
            if frame.next < successors[frame.vertex].count {
                frames[frames.count - 1].next += 1
                let successor = successors[frame.vertex][frame.next]
                if successor == start {
                    found.append(path)
                    frames[frames.count - 1].found = true
                } else if successor > start, !blocked[successor] {
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
            } else {
                for successor in successors[frame.vertex] where successor >= start {
                    blockers[successor].insert(frame.vertex)
                }
            }
            if frame.found, !frames.isEmpty { frames[frames.count - 1].found = true }
        }
        return false
    }

    /// Whether the search stopped at the limit with more to explore (conservative: there may be more).
    private static func hasMoreCycles(
        frames: [(vertex: Int, next: Int, found: Bool)],
        successors: [[Int]],
        start: Int
    )
        -> Bool
    {
        frames.contains { $0.next < successors[$0.vertex].count } || start < successors.count - 1
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
