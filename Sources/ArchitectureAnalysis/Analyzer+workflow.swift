import ArchitectureModel

extension Analyzer {
    func workflowFigures(
        _ workflow: Workflow,
        graph workflowGraph: CallGraph.WorkflowGraph,
        hardDependencies dependencies: [Int],
        load: LoadPropagation.WorkflowLoad,
        meanResponse: [Double?],
        notes: inout [String]
    ) -> WorkflowFigures {
        let unavailability = zones.unavailability(ofAll: dependencies)
        let availability = 1 - unavailability
        let target = workflow.availability
        let losses = zones.sensitivities(ofAll: dependencies)
            .sorted { ($0.loss, table.components[$1.component].name) > ($1.loss, table.components[$0.component].name) }
            .prefix(3)
            .map {
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
            largestLosses: Array(losses)
        )
        if let cycle = load.cycle {
            figures.cycle = names(cycle)
            return figures
        }
        figures.loadRPS = workflow.share * peakRPS
        let latency = latency(workflowGraph, meanResponse: meanResponse)
        figures.meanLatencyMS = latency.map { $0.total * 1000 }
        figures.criticalPath = latency.map { names($0.criticalPath) }
        if latency == nil {
            notes.append("\(workflow.name): a saturated component on its path, so no mean latency")
        }
        let retries = worstRetryPath(workflowGraph)
        figures.maxAttempts = retries.attempts
        figures.worstRetryPath = names(retries.path)
        return figures
    }

    /// The entry, every component reached through hard calls, the non-cache datastores those services
    /// use, and the brokers of topics they publish to without an outbox; as component indices.
    func hardDependencies(_ workflowGraph: CallGraph.WorkflowGraph) -> [Int] {
        var services = [workflowGraph.entry]
        var seen: Set<Int> = [workflowGraph.entry]
        var next = 0
        while next < services.count {
            let caller = services[next]
            next += 1
            for edge in workflowGraph.outgoing[caller] ?? []
            where model.services[edge.caller].calls[edge.call].isHard && seen.insert(edge.callee).inserted {
                services.append(edge.callee)
            }
        }
        var result = Set(services)
        for index in services {
            let service = model.services[index]
            for name in service.uses {
                guard let store = table.index(of: name),
                    !model.datastores[store - table.datastoreOffset].isSoftDependency
                else { continue }
                result.insert(store)
            }
            guard !service.outbox else { continue }
            for topic in service.publishes {
                if let broker = propagation.brokerOfTopic[topic] { result.insert(broker) }
            }
        }
        return result.sorted()
    }

    /// L(s) = R(s) + the mean response of each datastore s uses + n x L(callee) for each call, a
    /// parallel group counting as its largest member; nil when a component on the way is saturated.
    private func latency(
        _ workflowGraph: CallGraph.WorkflowGraph,
        meanResponse: [Double?]
    ) -> (total: Double, criticalPath: [Int])? {
        var latency: [Int: Double] = [:]
        var heaviest: [Int: Int] = [:]
        for service in CallGraph.topologicalOrder(workflowGraph).reversed() {
            guard var total = meanResponse[service] else { return nil }
            for name in model.services[service].uses {
                guard let store = table.index(of: name) else { continue }
                guard let response = meanResponse[store] else { return nil }
                total += response
            }
            var groups: [String: Double] = [:]
            var largest = -1.0
            for edge in workflowGraph.outgoing[service] ?? [] {
                let call = model.services[service].calls[edge.call]
                guard let callee = latency[edge.callee] else { return nil }
                let contribution = call.perRequest * callee
                if let group = call.parallel {
                    groups[group] = max(groups[group] ?? 0, contribution)
                } else {
                    total += contribution
                }
                if contribution > largest {
                    largest = contribution
                    heaviest[service] = edge.callee
                }
            }
            total += groups.values.reduce(0, +)
            latency[service] = total
        }
        var path = [workflowGraph.entry]
        while let next = heaviest[path[path.count - 1]] { path.append(next) }
        guard let total = latency[workflowGraph.entry] else { return nil }
        return (total, path)
    }

    /// The largest product of (1 + retries) along a call path from the entry, by dynamic programming
    /// over the acyclic graph; ties go to the longest path, then the first in name order.
    private func worstRetryPath(_ workflowGraph: CallGraph.WorkflowGraph) -> (attempts: Int, path: [Int]) {
        var best: [Int: (attempts: Double, path: [Int])] = [:]
        for service in CallGraph.topologicalOrder(workflowGraph).reversed() {
            var choice: (attempts: Double, path: [Int]) = (1, [service])
            for edge in workflowGraph.outgoing[service] ?? [] {
                guard let below = best[edge.callee] else { continue }
                let attempts = Double(model.services[service].calls[edge.call].retries.attempts) * below.attempts
                let candidate = (attempts: attempts, path: [service] + below.path)
                if isWorse(choice, than: candidate) { choice = candidate }
            }
            best[service] = choice
        }
        guard let worst = best[workflowGraph.entry], worst.attempts > 1 else { return (1, [workflowGraph.entry]) }
        return (Int(min(worst.attempts, Double(Int.max / 2))), worst.path)
    }

    private func isWorse(
        _ current: (attempts: Double, path: [Int]),
        than candidate: (attempts: Double, path: [Int])
    ) -> Bool {
        if candidate.attempts != current.attempts { return candidate.attempts > current.attempts }
        if candidate.path.count != current.path.count { return candidate.path.count > current.path.count }
        return names(candidate.path).lexicographicallyPrecedes(names(current.path))
    }
}
