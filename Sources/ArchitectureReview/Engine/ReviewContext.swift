package import ArchitectureAnalysis
package import ArchitectureModel

/// Everything rules read, computed once per review in time linear in the model.
package struct ReviewContext: Sendable {
    package let graph: ModelGraph
    package var model: SystemModel { graph.model }
    package var index: ModelIndex { graph.index }
    /// The review's date, which decides whether a waiver has expired.
    package let today: CalendarDate
    /// Every declared call, in file order.
    package let calls: [CallSite]
    /// `calls` of each service, by service position.
    package let callsByService: [[CallSite]]
    /// By service position: its own call with the longest worst-case wait, timeout x attempts (calls
    /// without a timeout aside); nil when none of its calls has a timeout.
    package let longestWait: [(site: CallSite, seconds: Double)?]
    /// Datastore name -> the services that use it, file order.
    package let datastoreUsers: [String: [String]]
    /// Services that some service calls synchronously.
    package let calledServices: Set<String>
    /// Topic name -> services that publish it (`publishes` or a subscription's long form), file order.
    package var publishers: [String: [String]] { graph.publishers }
    /// Topic name -> services that subscribe to it, file order.
    package var subscribers: [String: [String]] { graph.subscribers }
    /// Each workflow's call graph (model.md, "Which graph a workflow uses"), by workflow position; nil
    /// when its entry is not a service.
    package var workflowGraphs: [CallGraph.WorkflowGraph?] { graph.workflowGraphs }
    /// The analysis figures capacity and availability rules read; nil when the model cannot be analyzed
    /// (more zones than exact availability supports).
    package let analysis: AnalysisReport?
    /// Each workflow's hard dependencies, distinct and in name order, by workflow position (from the
    /// analysis; empty without it).
    package let hardDependencies: [[String]]
    /// Filled in after the model rules ran, for the waiver rules.
    package var waiverStatuses: [WaiverStatus] = []

    /// - Parameter analysis: the model's analysis at today's peak; nil when it cannot be computed.
    package init(_ graph: ModelGraph, analysis: AnalysisReport?, today: CalendarDate) {
        let model = graph.model
        self.graph = graph
        self.today = today
        var callsByService: [[CallSite]] = []
        var calledServices: Set<String> = []
        for (position, service) in model.services.enumerated() {
            var seenPairs: [String: Int] = [:]
            callsByService.append(
                service.calls.enumerated().map { callPosition, call in
                    seenPairs[call.to, default: 0] += 1
                    let subject = FindingSubject.call(
                        caller: service.name,
                        callee: call.to,
                        position: callPosition,
                        occurrence: seenPairs[call.to] ?? 1
                    )
                    return CallSite(callerIndex: position, callerName: service.name, call: call, subject: subject)
                }
            )
            calledServices.formUnion(service.calls.map(\.to))
        }
        self.callsByService = callsByService
        longestWait = callsByService.map { sites in
            var longest: (site: CallSite, seconds: Double)?
            for site in sites {
                guard let timeout = site.call.timeout else { continue }
                let wait = timeout.seconds * Double(site.call.retries.attempts)
                if wait > longest?.seconds ?? -1 { longest = (site, wait) }
            }
            return longest
        }
        var datastoreUsers: [String: [String]] = [:]
        for service in model.services {
            for store in Set(service.uses) { datastoreUsers[store, default: []].append(service.name) }
        }
        self.datastoreUsers = datastoreUsers
        calls = callsByService.flatMap { $0 }
        self.calledServices = calledServices
        self.analysis = analysis
        let figures = Dictionary(
            (analysis?.workflows ?? []).map { ($0.name, $0.hardDependencies) },
            uniquingKeysWith: { first, _ in first }
        )
        hardDependencies = model.workflows.map { figures[$0.name] ?? [] }
    }

    package func service(_ name: String) -> Service? { graph.service(name) }
    package func datastore(_ name: String) -> Datastore? { graph.datastore(name) }
    package func topic(_ name: String) -> Topic? { graph.topic(name) }
}
