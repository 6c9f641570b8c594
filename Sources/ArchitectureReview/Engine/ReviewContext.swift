package import ArchitectureModel

/// Everything rules read, computed once per review in time linear in the model.
package struct ReviewContext: Sendable {
    package let model: SystemModel
    package let index: ModelIndex
    /// The review's date, which decides whether a waiver has expired.
    package let today: CalendarDate
    /// Every declared call, in file order.
    package let calls: [CallSite]
    /// `calls` of each service, by service position.
    package let callsByService: [[CallSite]]
    /// Services that some service calls synchronously.
    package let calledServices: Set<String>
    /// Topic name -> services that publish it (`publishes` or a subscription's long form), file order.
    package let publishers: [String: [String]]
    /// Topic name -> services that subscribe to it, file order.
    package let subscribers: [String: [String]]
    /// Each workflow's call graph, by workflow position; nil when its entry is not a service.
    package let workflowGraphs: [WorkflowCallGraph?]
    /// Each workflow's hard dependencies (model.md, "Which graph a workflow uses"), by position.
    package let hardDependencies: [Set<String>]
    /// Filled in after the model rules ran, for the waiver rules.
    package var waiverStatuses: [WaiverStatus] = []

    package init(_ model: SystemModel, today: CalendarDate) {
        self.model = model
        self.today = today
        let index = ModelIndex(model)
        self.index = index
        var callsByService: [[CallSite]] = []
        var calledServices: Set<String> = []
        var publishers: [String: [String]] = [:]
        var subscribers: [String: [String]] = [:]
        for service in model.services {
            var seenPairs: [String: Int] = [:]
            callsByService.append(
                service.calls.map { call in
                    seenPairs[call.to, default: 0] += 1
                    let count = seenPairs[call.to] ?? 1
                    let target = "\(service.name)->\(call.to)" + (count > 1 ? "#\(count)" : "")
                    return CallSite(caller: service, call: call, target: target)
                }
            )
            calledServices.formUnion(service.calls.map(\.to))
            let published = service.publishes + service.subscribes.flatMap(\.publishes)
            for topic in Set(published) { publishers[topic, default: []].append(service.name) }
            for subscription in service.subscribes { subscribers[subscription.topic, default: []].append(service.name) }
        }
        self.callsByService = callsByService
        calls = callsByService.flatMap { $0 }
        self.calledServices = calledServices
        self.publishers = publishers
        self.subscribers = subscribers
        let graphs = model.workflows.map { WorkflowCallGraph($0, in: model, index: index) }
        workflowGraphs = graphs
        hardDependencies = zip(model.workflows, graphs).map { workflow, graph in
            Self.hardDependencies(of: workflow, graph: graph, model: model, index: index)
        }
    }

    package func service(_ name: String) -> Service? { index.services[name].map { model.services[$0] } }
    package func datastore(_ name: String) -> Datastore? { index.datastores[name].map { model.datastores[$0] } }
    package func topic(_ name: String) -> Topic? { index.topics[name].map { model.topics[$0] } }

    /// The entry, components reached through hard calls of the call graph, the non-cache datastores
    /// of those services, and the brokers of topics they publish to without an outbox.
    private static func hardDependencies(
        of workflow: Workflow,
        graph: WorkflowCallGraph?,
        model: SystemModel,
        index: ModelIndex
    ) -> Set<String> {
        guard let graph else { return [workflow.entry] }
        var reached = [graph.entry]
        var seen: Set<Int> = [graph.entry]
        var next = 0
        while next < reached.count {
            let caller = reached[next]
            next += 1
            for edge in graph.outgoing[caller] ?? []
            where model.services[caller].calls[edge.call].isHard && seen.insert(edge.callee).inserted {
                reached.append(edge.callee)
            }
        }
        var names: Set<String> = []
        for position in reached {
            let service = model.services[position]
            names.insert(service.name)
            for store in service.uses {
                if let datastore = index.datastores[store].map({ model.datastores[$0] }), !datastore.isSoftDependency {
                    names.insert(store)
                }
            }
            guard !service.outbox else { continue }
            for topic in service.publishes {
                if let broker = index.topics[topic].map({ model.topics[$0].broker }) { names.insert(broker) }
            }
        }
        return names
    }
}
