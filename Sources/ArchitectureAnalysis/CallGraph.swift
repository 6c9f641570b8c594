public import ArchitectureModel

/// The model's synchronous calls as integer edges, and the per-workflow call graph of model.md
/// ("Which graph a workflow uses"): the workflow's steps if given, else every call reachable from
/// the entry. Built once per model; workflow graphs are subsets of its edges.
public struct CallGraph: Sendable {
    /// One declared call: `services[caller].calls[call]`, which calls `services[callee]`, with the
    /// call's figures the analysis passes read on every visit.
    public struct Edge: Sendable, Hashable {
        public var caller: Int
        public var call: Int
        public var callee: Int
        public var perRequest: Double
        /// 1 + retries.
        public var attempts: Int
        /// No fallback: the caller fails when the callee does.
        public var isHard: Bool
        /// The caller's parallel group of the call, numbered per caller from 0; nil when sequential.
        public var parallelGroup: Int?
    }

    public let table: ComponentTable
    /// Outgoing edges of each service, in declared order.
    public let outgoing: [[Edge]]
    /// Every edge, by caller then declared order; the edges of service s are
    /// `allEdges[firstEdge[s]..<firstEdge[s + 1]]`. Workflow graphs hold positions in it.
    let allEdges: [Edge]
    let firstEdge: [Int]

    public init(_ model: SystemModel, table: ComponentTable) {
        self.table = table
        outgoing = model.services.enumerated().map { caller, service in
            var groups: [String: Int] = [:]
            return service.calls.enumerated().compactMap { call, declared in
                guard let callee = table.index(of: declared.to), callee < table.serviceCount else { return nil }
                let group = declared.parallel.map { name in
                    if let known = groups[name] { return known }
                    groups[name] = groups.count
                    return groups.count - 1
                }
                return Edge(
                    caller: caller,
                    call: call,
                    callee: callee,
                    perRequest: declared.perRequest,
                    attempts: declared.retries.attempts,
                    isHard: declared.isHard,
                    parallelGroup: group
                )
            }
        }
        allEdges = outgoing.flatMap { $0 }
        var firstEdge = [0]
        for edges in outgoing { firstEdge.append(firstEdge[firstEdge.count - 1] + edges.count) }
        self.firstEdge = firstEdge
    }

    /// Some edges of a graph, by their positions in the model's edge list.
    public struct Edges: RandomAccessCollection, Sendable {
        let ids: ArraySlice<Int32>
        let all: [Edge]

        public var startIndex: Int { ids.startIndex }
        public var endIndex: Int { ids.endIndex }
        public subscript(position: Int) -> Edge { all[Int(ids[position])] }
    }

    /// A workflow's call graph: the edges it uses, grouped by caller, reachable from the entry. Arrays
    /// indexed by position in `services`, so the analysis passes over it touch no dictionary.
    public struct WorkflowGraph: Sendable {
        public var entry: Int
        /// Services reached, entry first, in breadth-first order.
        public var services: [Int]
        /// Edges of `services[i]`: `edgeIDs[edgeStart[i]..<edgeStart[i + 1]]`, in declared order,
        /// as positions in `allEdges`.
        var edgeIDs: [Int32]
        var edgeStart: [Int32]
        /// The callee's position in `services`, for each entry of `edgeIDs`.
        package var calleeAt: [Int32]
        let allEdges: [Edge]
        /// For every service of the model, its position in `services`, or -1 when not reached.
        var positions: [Int32]
        /// A synchronous call cycle the graph contains, as service indices in call order; nil when acyclic.
        public var cycle: [Int]?
        /// Positions in `services` with every caller before its callees (empty when the graph has a
        /// cycle), computed once.
        package var orderAt: [Int32] = []

        /// The range of `edgeIDs` and `calleeAt` that leaves the service at `position`.
        package func edgeRange(at position: Int) -> Range<Int> {
            Int(edgeStart[position])..<Int(edgeStart[position + 1])
        }

        /// The position of `service` in `services`, or -1 when the graph does not reach it.
        public func position(_ service: Int) -> Int { Int(positions[service]) }

        /// The graph's edges leaving `service` (none when the graph does not reach it).
        public func outgoing(_ service: Int) -> Edges {
            let at = position(service)
            guard at >= 0 else { return Edges(ids: [], all: allEdges) }
            return outgoing(at: at)
        }

        /// Edges leaving the service at `position` in `services`.
        func outgoing(at position: Int) -> Edges {
            Edges(ids: edgeIDs[Int(edgeStart[position])..<Int(edgeStart[position + 1])], all: allEdges)
        }

        /// Requests per second each service of the graph handles, by position in `services`, when
        /// `rate` requests per second enter at the entry; the graph must be acyclic.
        func requests(enteringAt rate: Double) -> [Double] {
            var requests = [Double](repeating: 0, count: services.count)
            requests[0] = rate
            for at in orderAt {
                let incoming = requests[Int(at)]
                for edge in edgeRange(at: Int(at)) {
                    requests[Int(calleeAt[edge])] += incoming * allEdges[Int(edgeIDs[edge])].perRequest
                }
            }
            return requests
        }

        /// Edges by caller, for callers with at least one edge.
        public var outgoingByCaller: [Int: [Edge]] {
            var result: [Int: [Edge]] = [:]
            for (at, service) in services.enumerated() where edgeStart[at] < edgeStart[at + 1] {
                result[service] = Array(outgoing(at: at))
            }
            return result
        }
    }

    /// The call graph of a workflow: its steps (each selecting every declared call from caller to
    /// callee, repeats counted once, unreached steps without effect) or every reachable call.
    public func graph(for workflow: Workflow) -> WorkflowGraph? {
        guard let entry = table.index(of: workflow.entry), entry < table.serviceCount else { return nil }
        guard let steps = workflow.steps else { return reachable(from: entry) }
        var selected: Set<Pair> = []
        for step in steps {
            if let caller = table.index(of: step.caller), let callee = table.index(of: step.callee) {
                selected.insert(Pair(caller: caller, callee: callee))
            }
        }
        return reachable(from: entry) { selected.contains(Pair(caller: $0.caller, callee: $0.callee)) }
    }

    private struct Pair: Hashable {
        var caller: Int
        var callee: Int
    }

    /// Every service and call of the model as one graph, positions equal to service indices, when it
    /// has no cycle; `entry` is meaningless there.
    func wholeGraph() -> WorkflowGraph? {
        var graph = WorkflowGraph(
            entry: 0,
            services: Array(outgoing.indices),
            edgeIDs: allEdges.indices.map { Int32($0) },
            edgeStart: firstEdge.map { Int32($0) },
            calleeAt: allEdges.map { Int32($0.callee) },
            allEdges: allEdges,
            positions: outgoing.indices.map { Int32($0) },
            cycle: nil
        )
        let orderAt = Self.topologicalPositions(graph)
        guard orderAt.count == outgoing.count else { return nil }
        graph.orderAt = orderAt
        return graph
    }

    /// Every call reachable from `entry`.
    public func reachable(from entry: Int) -> WorkflowGraph {
        reachable(from: entry) { _ in true }
    }

    /// Every call reachable from `entry` that `include` admits.
    public func reachable(from entry: Int, where include: (Edge) -> Bool) -> WorkflowGraph {
        var positions = [Int32](repeating: -1, count: outgoing.count)
        var services = [entry]
        var edgeIDs: [Int32] = []
        var calleeAt: [Int32] = []
        var edgeStart: [Int32] = [0]
        positions[entry] = 0
        var next = 0
        while next < services.count {
            let caller = services[next]
            next += 1
            for id in firstEdge[caller]..<firstEdge[caller + 1] where include(allEdges[id]) {
                edgeIDs.append(Int32(id))
                let callee = allEdges[id].callee
                if positions[callee] < 0 {
                    positions[callee] = Int32(services.count)
                    services.append(callee)
                }
                calleeAt.append(positions[callee])
            }
            edgeStart.append(Int32(edgeIDs.count))
        }
        var graph = WorkflowGraph(
            entry: entry,
            services: services,
            edgeIDs: edgeIDs,
            edgeStart: edgeStart,
            calleeAt: calleeAt,
            allEdges: allEdges,
            positions: positions,
            cycle: nil
        )
        let orderAt = Self.topologicalPositions(graph)
        if orderAt.count == services.count {
            graph.orderAt = orderAt
        } else {
            graph.cycle = Self.findCycle(in: graph)
        }
        return graph
    }

    /// Iterative depth-first search for a back edge; returns the cycle it closes, in call order.
    static func findCycle(in graph: WorkflowGraph) -> [Int]? {
        // 0: unvisited, 1: on the current path, 2: done; by position in `graph.services`.
        var marks = [UInt8](repeating: 0, count: graph.services.count)
        var stack: [(node: Int, next: Int)] = [(0, 0)]
        var path: [Int] = [0]
        marks[0] = 1
        while let top = stack.last {
            let edges = graph.outgoing(at: top.node)
            if top.next < edges.count {
                stack[stack.count - 1].next += 1
                let callee = graph.position(edges[edges.startIndex + top.next].callee)
                switch marks[callee] {
                case 1:
                    guard let start = path.firstIndex(of: callee) else { continue }
                    return path[start...].map { graph.services[$0] }
                case 2: continue
                default:
                    marks[callee] = 1
                    stack.append((callee, 0))
                    path.append(callee)
                }
            } else {
                marks[top.node] = 2
                stack.removeLast()
                path.removeLast()
            }
        }
        return nil
    }

    /// Positions in `graph.services` in an order where every caller comes before its callees;
    /// shorter than the graph's services when it has a cycle.
    static func topologicalPositions(_ graph: WorkflowGraph) -> [Int32] {
        var indegree = [Int32](repeating: 0, count: graph.services.count)
        for callee in graph.calleeAt { indegree[Int(callee)] += 1 }
        var ready = graph.services.indices.filter { indegree[$0] == 0 }
        var order: [Int32] = []
        order.reserveCapacity(graph.services.count)
        while let node = ready.popLast() {
            order.append(Int32(node))
            for edge in graph.edgeRange(at: node) {
                let callee = Int(graph.calleeAt[edge])
                indegree[callee] -= 1
                if indegree[callee] == 0 { ready.append(callee) }
            }
        }
        return order
    }
}
