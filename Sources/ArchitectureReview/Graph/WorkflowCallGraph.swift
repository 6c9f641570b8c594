package import ArchitectureModel

/// A workflow's call graph (model.md, "Which graph a workflow uses"): its steps if given (each
/// selecting every declared call from caller to callee), else every call reachable from the entry.
package struct WorkflowCallGraph: Sendable {
    /// One declared call: `services[caller].calls[call]`, which calls `services[callee]`.
    package struct Edge: Sendable, Hashable {
        package var caller: Int
        package var call: Int
        package var callee: Int
    }

    package var entry: Int
    /// Edges by caller, in declared order; only callers the graph reaches have entries.
    package var outgoing: [Int: [Edge]]
    /// Services reached, entry first, in breadth-first order.
    package var services: [Int]
    /// Callers before callees; nil when the graph has a synchronous call cycle.
    package var topologicalOrder: [Int]?

    package var edges: [Edge] { services.flatMap { outgoing[$0] ?? [] } }

    /// Nil when the workflow's entry is not a service of the model.
    package init?(_ workflow: Workflow, in model: SystemModel, index: ModelIndex) {
        guard let entry = index.services[workflow.entry] else { return nil }
        let selected = workflow.steps.map { steps in Set(steps.map { [$0.caller, $0.callee] }) }
        var outgoing: [Int: [Edge]] = [:]
        var services = [entry]
        var seen: Set<Int> = [entry]
        var next = 0
        while next < services.count {
            let caller = services[next]
            next += 1
            let service = model.services[caller]
            let edges = service.calls.enumerated().compactMap { position, call -> Edge? in
                guard let callee = index.services[call.to] else { return nil }
                if let selected, !selected.contains([service.name, call.to]) { return nil }
                return Edge(caller: caller, call: position, callee: callee)
            }
            guard !edges.isEmpty else { continue }
            outgoing[caller] = edges
            for edge in edges where seen.insert(edge.callee).inserted { services.append(edge.callee) }
        }
        self.entry = entry
        self.outgoing = outgoing
        self.services = services
        topologicalOrder = Self.topologicalOrder(services: services, outgoing: outgoing)
    }

    /// Kahn's algorithm; nil when some service never becomes free of callers (a cycle).
    private static func topologicalOrder(services: [Int], outgoing: [Int: [Edge]]) -> [Int]? {
        var callers: [Int: Int] = [:]
        for edges in outgoing.values { for edge in edges { callers[edge.callee, default: 0] += 1 } }
        var ready = services.filter { callers[$0, default: 0] == 0 }
        var order: [Int] = []
        order.reserveCapacity(services.count)
        while let service = ready.popLast() {
            order.append(service)
            for edge in outgoing[service] ?? [] {
                callers[edge.callee, default: 0] -= 1
                if callers[edge.callee] == 0 { ready.append(edge.callee) }
            }
        }
        return order.count == services.count ? order : nil
    }
}
