import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput

/// Builds a workflow's sequence diagram from its call graph (its `steps`, else every call reachable
/// from the entry; the analysis's `CallGraph`), calls in declared order, with each service's datastore
/// operations first and its publications last.
struct SequenceBuilder {
    typealias Item = SequenceDiagram.Item

    let subject: DiagramSubject
    static let clientID = "client"

    func diagrams(workflow name: String?) throws(DiagramError) -> [SequenceDiagram] {
        let model = subject.model
        if let name {
            guard let position = subject.index.workflows[name] else {
                throw .unknownWorkflow(
                    name,
                    suggestion: Suggestion.closest(to: name, among: model.workflows.map(\.name))
                )
            }
            return [diagram(at: position)]
        }
        guard !model.workflows.isEmpty else { throw .noWorkflows }
        let diagrams = model.workflows.indices.map(diagram(at:))
        guard let kept = subject.kept else { return diagrams }
        // A focus keeps the workflows its neighbourhood takes part in.
        let keptIDs = Set(kept.map(DiagramSubject.serviceID))
        let reached = diagrams.filter { $0.participants.contains { keptIDs.contains($0.id) } }
        guard !reached.isEmpty else { throw .noWorkflowInFocus }
        return reached
    }

    /// The sequence of the workflow at `position` in the model, drawn from its graph.
    func diagram(at position: Int) -> SequenceDiagram {
        let workflow = subject.model.workflows[position]
        var state = State()
        state.add(.init(id: Self.clientID, label: "Client", kind: .client))
        let entry = DiagramSubject.serviceID(workflow.entry)
        let title = workflow.label ?? workflow.name
        var items: [Item] = []
        if let graph = subject.graph.workflowGraphs[position] {
            state.add(participant(forService: workflow.entry))
            items.append(.message(.init(from: Self.clientID, to: entry, text: title, arrow: .call)))
            items += visit(graph.entry, graph: graph, stack: [], state: &state)
            items.append(.message(.init(from: entry, to: Self.clientID, text: "response", arrow: .reply)))
            if state.isCut {
                let text =
                    "cut at \(Self.maximumMessages) messages: deeper calls are drawn without what the callee does; "
                    + "--focus SERVICE draws a part in full"
                items.append(.note(over: entry, text: text))
            }
            if let cycle = graph.cycle {
                let names = (cycle + [cycle[0]]).map { subject.model.services[$0].name }
                items.append(.note(over: entry, text: "call cycle, expanded once: " + names.joined(separator: " -> ")))
            }
        }
        return SequenceDiagram(
            name: workflow.name,
            title: title,
            entry: workflow.entry,
            participants: state.participants,
            items: items
        )
    }

    /// Messages one diagram draws at most. Calls are expanded along every path, which grows
    /// exponentially in a dense call graph; past this a diagram is unreadable and no renderer
    /// draws it, so the rest of the calls are drawn without what the callee does.
    static let maximumMessages = 400

    private struct State {
        var participants: [SequenceDiagram.Participant] = []
        /// Messages still to draw before the diagram is cut.
        var budget = SequenceBuilder.maximumMessages
        var isCut = false

        mutating func add(_ participant: SequenceDiagram.Participant) {
            if !participants.contains(where: { $0.id == participant.id }) { participants.append(participant) }
        }
    }

    private func participant(forService name: String) -> SequenceDiagram.Participant {
        let service = subject.service(name)
        return .init(
            id: DiagramSubject.serviceID(name),
            label: service?.label ?? name,
            kind: service?.kind == .external ? .external : .service
        )
    }

    /// What `service` does while handling one request: datastores, calls (parallel groups as one block),
    /// then publications. A service already on the stack is called but not expanded again.
    private func visit(_ service: Int, graph: CallGraph.WorkflowGraph, stack: [Int], state: inout State) -> [Item] {
        let model = subject.model
        let caller = model.services[service]
        let callerID = DiagramSubject.serviceID(caller.name)
        var items: [Item] = []
        for name in caller.uses {
            guard let store = subject.datastore(name) else { continue }
            let id = DiagramSubject.datastoreID(name)
            state.add(.init(id: id, label: store.label ?? name, kind: .database))
            let text = store.role == .cache ? "read the cache" : "read and write"
            items.append(.message(.init(from: callerID, to: id, text: text, arrow: .call)))
            items.append(.message(.init(from: id, to: callerID, text: "result", arrow: .reply)))
        }
        let edges = graph.outgoing(service)
        var handledGroups: Set<String> = []
        for edge in edges {
            let call = caller.calls[edge.call]
            guard let group = call.parallel else {
                items += exchange(edge, graph: graph, stack: stack + [service], state: &state)
                continue
            }
            guard handledGroups.insert(group).inserted else { continue }
            let members = edges.filter { caller.calls[$0.call].parallel == group }
            let branches = members.map { exchange($0, graph: graph, stack: stack + [service], state: &state) }
            items += branches.count > 1 ? [.parallel(label: "parallel: \(group)", branches: branches)] : branches[0]
        }
        for topic in caller.publishes {
            items += publication(of: topic, by: caller, state: &state)
        }
        return items
    }

    /// A call, what the callee does, and the reply.
    private func exchange(
        _ edge: CallGraph.Edge,
        graph: CallGraph.WorkflowGraph,
        stack: [Int],
        state: inout State
    ) -> [Item] {
        let model = subject.model
        let call = model.services[edge.caller].calls[edge.call]
        let from = DiagramSubject.serviceID(model.services[edge.caller].name)
        let callee = model.services[edge.callee]
        state.add(participant(forService: callee.name))
        let to = DiagramSubject.serviceID(callee.name)
        var items: [Item] = [.message(.init(from: from, to: to, text: Self.annotation(of: call), arrow: .call))]
        state.budget -= 2
        if state.budget <= 0 {
            state.isCut = true
        } else if !stack.contains(edge.callee) {
            items += visit(edge.callee, graph: graph, stack: stack, state: &state)
        }
        items.append(.message(.init(from: to, to: from, text: "response", arrow: .reply)))
        return items
    }

    /// The async publication and its deliveries: the request does not wait for them.
    private func publication(of topicName: String, by service: Service, state: inout State) -> [Item] {
        guard let topic = subject.topic(topicName) else { return [] }
        let topicID = DiagramSubject.topicID(topicName)
        state.add(.init(id: topicID, label: topic.label ?? topicName, kind: .queue))
        let via = service.outbox ? " (through the outbox)" : ""
        var items: [Item] = [
            .message(
                .init(from: DiagramSubject.serviceID(service.name), to: topicID, text: "publish\(via)", arrow: .async)
            )
        ]
        for subscriber in subject.subscribers(of: topicName) {
            state.add(participant(forService: subscriber))
            items.append(
                .message(
                    .init(
                        from: topicID,
                        to: DiagramSubject.serviceID(subscriber),
                        text: "deliver",
                        arrow: .async
                    )
                )
            )
        }
        return items
    }

    /// `gRPC, x2, timeout 300ms, 2 retries exponential, breaker, fallback degrade`: what shapes the call's latency and failure.
    static func annotation(of call: Call) -> String {
        var parts = [DiagramSubject.protocolName(call.callProtocol)]
        if call.perRequest != 1 { parts.append("x\(Self.number(call.perRequest))") }
        if let timeout = call.timeout { parts.append("timeout \(timeout)") }
        if call.retries.max > 0 {
            let backoff = call.retries.backoff == .none ? "" : " \(call.retries.backoff.rawValue)"
            parts.append("\(call.retries.max) \(call.retries.max == 1 ? "retry" : "retries")\(backoff)")
        }
        if call.circuitBreaker != nil { parts.append("breaker") }
        if call.fallback != .none { parts.append("fallback \(call.fallback.rawValue)") }
        return parts.joined(separator: ", ")
    }

    private static func number(_ value: Double) -> String { NumberText.decimal(value, decimals: 6) }
}
