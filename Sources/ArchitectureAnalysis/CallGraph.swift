public import ArchitectureModel

/// The model's synchronous calls as integer edges, and the per-workflow call graph of model.md
/// ("Which graph a workflow uses"): the workflow's steps if given, else every call reachable from
/// the entry. Built once per model; workflow graphs are subsets of its edges.
public struct CallGraph: Sendable {
    /// One declared call: `services[caller].calls[call]`, which calls `services[callee]`.
    public struct Edge: Sendable, Hashable {
        public var caller: Int
        public var call: Int
        public var callee: Int
    }

    public let table: ComponentTable
    /// Outgoing edges of each service, in declared order.
    public let outgoing: [[Edge]]

    public init(_ model: SystemModel, table: ComponentTable) {
        self.table = table
        outgoing = model.services.enumerated().map { caller, service in
            service.calls.enumerated().compactMap { call, declared in
                guard let callee = table.index(of: declared.to), callee < table.serviceCount else { return nil }
                return Edge(caller: caller, call: call, callee: callee)
            }
        }
    }

    /// A workflow's call graph: the edges it uses, grouped by caller, reachable from the entry.
    public struct WorkflowGraph: Sendable {
        public var entry: Int
        /// Edges by caller, in declared order; only callers the graph reaches have entries.
        public var outgoing: [Int: [Edge]]
        /// Services reached, entry first, in breadth-first order.
        public var services: [Int]
        /// A synchronous call cycle the graph contains, as service indices in call order; nil when acyclic.
        public var cycle: [Int]?

        public var edges: [Edge] { services.flatMap { outgoing[$0] ?? [] } }
    }

    /// The call graph of a workflow: its steps (each selecting every declared call from caller to
    /// callee, repeats counted once, unreached steps without effect) or every reachable call.
    public func graph(for workflow: Workflow) -> WorkflowGraph? {
        guard let entry = table.index(of: workflow.entry), entry < table.serviceCount else { return nil }
        guard let steps = workflow.steps else { return reachable(from: entry) }
        var selected: Set<[Int]> = []
        for step in steps {
            if let caller = table.index(of: step.caller), let callee = table.index(of: step.callee) {
                selected.insert([caller, callee])
            }
        }
        return reachable(from: entry) { selected.contains([$0.caller, $0.callee]) }
    }

    /// Every call reachable from `entry` that `include` admits.
    public func reachable(from entry: Int, where include: (Edge) -> Bool = { _ in true }) -> WorkflowGraph {
        var outgoingEdges: [Int: [Edge]] = [:]
        var services = [entry]
        var seen: Set<Int> = [entry]
        var next = 0
        while next < services.count {
            let caller = services[next]
            next += 1
            let edges = outgoing[caller].filter(include)
            guard !edges.isEmpty else { continue }
            outgoingEdges[caller] = edges
            for edge in edges where seen.insert(edge.callee).inserted {
                services.append(edge.callee)
            }
        }
        var graph = WorkflowGraph(entry: entry, outgoing: outgoingEdges, services: services, cycle: nil)
        graph.cycle = Self.findCycle(in: graph)
        return graph
    }

    /// Iterative depth-first search for a back edge; returns the cycle it closes, in call order.
    static func findCycle(in graph: WorkflowGraph) -> [Int]? {
        enum Mark { case active, done }
        var marks: [Int: Mark] = [:]
        var stack: [(node: Int, next: Int)] = [(graph.entry, 0)]
        var path: [Int] = [graph.entry]
        marks[graph.entry] = .active
        while let top = stack.last {
            let edges = graph.outgoing[top.node] ?? []
            if top.next < edges.count {
                stack[stack.count - 1].next += 1
                let callee = edges[top.next].callee
                switch marks[callee] {
                case .active:
                    guard let start = path.firstIndex(of: callee) else { continue }
                    return Array(path[start...])
                case .done: continue
                case nil:
                    marks[callee] = .active
                    stack.append((callee, 0))
                    path.append(callee)
                }
            } else {
                marks[top.node] = .done
                stack.removeLast()
                path.removeLast()
            }
        }
        return nil
    }

    /// Services in an order where every caller comes before its callees (the graph must be acyclic).
    public static func topologicalOrder(_ graph: WorkflowGraph) -> [Int] {
        var indegree: [Int: Int] = [:]
        for edge in graph.edges { indegree[edge.callee, default: 0] += 1 }
        var ready = graph.services.filter { indegree[$0, default: 0] == 0 }
        var order: [Int] = []
        order.reserveCapacity(graph.services.count)
        while let node = ready.popLast() {
            order.append(node)
            for edge in graph.outgoing[node] ?? [] {
                indegree[edge.callee, default: 0] -= 1
                if indegree[edge.callee] == 0 { ready.append(edge.callee) }
            }
        }
        return order
    }
}
