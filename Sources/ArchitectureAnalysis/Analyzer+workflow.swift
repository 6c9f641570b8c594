import ArchitectureModel

extension Analyzer {
    func workflowFigures(
        _ workflow: Workflow,
        graph workflowGraph: CallGraph.WorkflowGraph,
        hardDependencies dependencies: [Int],
        evaluation: ZoneAvailability.Evaluation,
        load: LoadPropagation.WorkflowLoad,
        meanResponse: [Double?],
        wholeTables: PathTables?,
        notes: inout [String]
    ) -> WorkflowFigures {
        let unavailability = evaluation.unavailability
        let availability = 1 - unavailability
        let target = workflow.availability
        // Losses equal but for rounding (components placed alike) tie, and then go in name order.
        func rank(_ loss: Double) -> Double { (loss * 1e15).rounded() }
        func isLarger(_ first: ZoneAvailability.Sensitivity, _ second: ZoneAvailability.Sensitivity) -> Bool {
            (rank(first.loss), table.components[second.component].name)
                > (rank(second.loss), table.components[first.component].name)
        }
        // The three largest, by one pass: sorting every dependency would cost more than the rest.
        var largest: [ZoneAvailability.Sensitivity] = []
        for sensitivity in evaluation.sensitivities where largest.count < 3 || isLarger(sensitivity, largest[2]) {
            largest.append(sensitivity)
            largest.sort(by: isLarger)
            if largest.count > 3 { largest.removeLast() }
        }
        let losses = largest.map {
            AvailabilityLoss(
                component: table.components[$0.component].name,
                loss: $0.loss,
                gainFromOneMoreReplica: $0.gainFromOneMoreReplica
            )
        }
        var figures = WorkflowFigures(
            name: workflow.name,
            entry: workflow.entry,
            availability: availability,
            availabilityTarget: target,
            meetsAvailability: target.map { availability >= $0 * (1 - Queueing.tolerance) },
            downtimeMinutesPerMonth: unavailability * minutesPerMonth,
            errorBudgetMinutesPerMonth: target.map { (1 - $0) * minutesPerMonth },
            hardDependencies: names(dependencies).sorted(),
            latencyP99TargetMS: workflow.latencyP99?.milliseconds,
            largestLosses: losses
        )
        if let cycle = load.cycle {
            figures.cycle = names(cycle)
            return figures
        }
        figures.loadRPS = workflow.share * peakRPS
        // Without steps a workflow's graph is everything its entry reaches: the model's tables hold it.
        let (tables, position) =
            if workflow.steps == nil, let wholeTables {
                (wholeTables, wholeTables.graph.position(workflowGraph.entry))
            } else {
                (pathTables(workflowGraph, meanResponse: meanResponse), 0)
            }
        let latency = tables.latency(at: position)
        figures.meanLatencyMS = latency.map { $0.total * 1000 }
        figures.criticalPath = latency.map { names($0.criticalPath) }
        if latency == nil {
            notes.append("\(workflow.name): a saturated component on its path, so no mean latency")
        }
        let retries = tables.worstRetryPath(at: position)
        figures.maxAttempts = retries.attempts
        figures.worstRetryPath = names(retries.path)
        return figures
    }

    /// The entry, every component reached through hard calls, the non-cache datastores those services
    /// use, and the brokers of topics they publish to without an outbox; as component indices.
    func hardDependencies(_ workflowGraph: CallGraph.WorkflowGraph) -> [Int] {
        var seen = [Bool](repeating: false, count: workflowGraph.services.count)
        var queue = [0]
        seen[0] = true
        var next = 0
        while next < queue.count {
            let at = queue[next]
            next += 1
            for edge in workflowGraph.edgeRange(at: at)
            where workflowGraph.allEdges[Int(workflowGraph.edgeIDs[edge])].isHard {
                let callee = Int(workflowGraph.calleeAt[edge])
                if !seen[callee] {
                    seen[callee] = true
                    queue.append(callee)
                }
            }
        }
        var reached = [Bool](repeating: false, count: table.count)
        for at in queue {
            let service = workflowGraph.services[at]
            reached[service] = true
            for store in hardStores[service] { reached[store] = true }
            guard !model.services[service].outbox else { continue }
            for broker in propagation.topology.publishedBrokers[service] { reached[broker] = true }
        }
        return reached.indices.filter { reached[$0] }
    }

    /// Latency and retry tables over an acyclic graph, for every service of it at once.
    func pathTables(_ graph: CallGraph.WorkflowGraph, meanResponse: [Double?]) -> PathTables {
        PathTables(graph: graph, latency: latencies(graph, meanResponse: meanResponse), retry: retryTable(graph))
    }

    /// L(s) = R(s) + the mean response of each datastore s uses + n x L(callee) for each call, a
    /// parallel group counting as its largest member; nil when a saturated component lies below s.
    private func latencies(_ graph: CallGraph.WorkflowGraph, meanResponse: [Double?]) -> PathTables.Latency {
        var latency = [Double?](repeating: nil, count: graph.services.count)
        var heaviest = [Int](repeating: -1, count: graph.services.count)
        var groups: [Double] = []
        nextService: for at in graph.orderAt.reversed().map(Int.init) {
            let service = graph.services[at]
            guard var total = meanResponse[service] else { continue }
            for store in propagation.topology.uses[service] {
                guard let response = meanResponse[store] else { continue nextService }
                total += response
            }
            groups.removeAll(keepingCapacity: true)
            var largest = -1.0
            for position in graph.edgeRange(at: at) {
                let edge = graph.allEdges[Int(graph.edgeIDs[position])]
                guard let below = latency[Int(graph.calleeAt[position])] else { continue nextService }
                let contribution = edge.perRequest * below
                if let group = edge.parallelGroup {
                    while groups.count <= group { groups.append(0) }
                    groups[group] = max(groups[group], contribution)
                } else {
                    total += contribution
                }
                if contribution > largest {
                    largest = contribution
                    heaviest[at] = Int(graph.calleeAt[position])
                }
            }
            total += groups.reduce(0, +)
            latency[at] = total
        }
        return PathTables.Latency(latency: latency, heaviest: heaviest)
    }

    /// The largest product of (1 + retries) along a call path from each service, by dynamic
    /// programming over the acyclic graph; ties go to the longest path, then the first in name order.
    /// Each service keeps its best continuation as a link to the next one, so no path is copied.
    private func retryTable(_ graph: CallGraph.WorkflowGraph) -> PathTables.Retry {
        let count = graph.services.count
        var attempts = [Double](repeating: 1, count: count)
        var length = [Int](repeating: 1, count: count)
        var next = [Int](repeating: -1, count: count)
        for at in graph.orderAt.reversed().map(Int.init) {
            for position in graph.edgeRange(at: at) {
                let below = Int(graph.calleeAt[position])
                let edge = graph.allEdges[Int(graph.edgeIDs[position])]
                let candidate = Double(edge.attempts) * attempts[below]
                let isWorse: Bool
                if candidate != attempts[at] {
                    isWorse = candidate > attempts[at]
                } else if length[below] + 1 != length[at] {
                    isWorse = length[below] + 1 > length[at]
                } else {
                    isWorse = precedesByName(below, next[at], in: graph, next: next)
                }
                if isWorse {
                    attempts[at] = candidate
                    length[at] = length[below] + 1
                    next[at] = below
                }
            }
        }
        return PathTables.Retry(attempts: attempts, next: next)
    }

    /// Whether the path starting at position `first` comes before the one at `second` in name order
    /// (both the same length; `second` -1 is the empty path).
    private func precedesByName(
        _ first: Int,
        _ second: Int,
        in workflowGraph: CallGraph.WorkflowGraph,
        next: [Int]
    ) -> Bool {
        var first = first
        var second = second
        while first >= 0, second >= 0 {
            let left = table.components[workflowGraph.services[first]].name
            let right = table.components[workflowGraph.services[second]].name
            if left != right { return left < right }
            first = next[first]
            second = next[second]
        }
        return second >= 0
    }
}
