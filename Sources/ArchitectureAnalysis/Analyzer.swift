public import ArchitectureModel
import ArchitectureOutput

/// Computes every figure of `analysis.md` for a model, as "Meaning of the numbers" in model.md defines.
public struct Analyzer: Sendable {
    /// What-if overrides of the model's requirements.
    public struct Options: Sendable {
        public var peakRPS: Double?
        public var growth: Double?

        public init(peakRPS: Double? = nil, growth: Double? = nil) {
            self.peakRPS = peakRPS
            self.growth = growth
        }
    }

    /// The model's structure, shared with whoever else reads the same model.
    public let modelGraph: ModelGraph
    public let zones: ZoneAvailability
    let propagation: LoadPropagation
    /// By service: the non-cache datastores it uses, which it depends on hard.
    let hardStores: [[Int]]
    private(set) var peakRPS: Double
    private(set) var growth: Double

    public init(_ model: SystemModel, options: Options = Options()) throws(ZoneAvailability.TooManyZones) {
        try self.init(ModelGraph(model), options: options)
    }

    public init(_ modelGraph: ModelGraph, options: Options = Options()) throws(ZoneAvailability.TooManyZones) {
        let model = modelGraph.model
        let table = modelGraph.table
        self.modelGraph = modelGraph
        zones = try ZoneAvailability(model, table: table)
        propagation = LoadPropagation(model, table: table, graph: modelGraph.calls)
        hardStores = model.services.map { service in
            service.uses.compactMap { name in
                guard let store = table.index(of: name), store >= table.datastoreOffset, store < table.brokerOffset,
                    !model.datastores[store - table.datastoreOffset].isSoftDependency
                else { return nil }
                return store
            }
        }
        peakRPS = options.peakRPS ?? model.system.requirements.peakRPS
        growth = options.growth ?? model.system.requirements.growth
    }

    public var model: SystemModel { modelGraph.model }
    public var table: ComponentTable { modelGraph.table }
    public var graph: CallGraph { modelGraph.calls }
    /// Each workflow's call graph, by workflow position; nil when its entry is not a service.
    public var workflowGraphs: [CallGraph.WorkflowGraph?] { modelGraph.workflowGraphs }

    /// The same analyzer with other requirement overrides. It shares every table built from the
    /// model's structure, so analysing a second traffic level costs only the analysis itself.
    public func with(_ options: Options) -> Analyzer {
        var other = self
        other.peakRPS = options.peakRPS ?? model.system.requirements.peakRPS
        other.growth = options.growth ?? model.system.requirements.growth
        return other
    }

    public func analyze() -> AnalysisReport {
        var notes: [String] = []
        var load = [Double](repeating: 0, count: table.count)
        var workflowLoads: [LoadPropagation.WorkflowLoad?] = []
        var messages = LoadPropagation.Messages()
        for (workflow, workflowGraph) in zip(model.workflows, workflowGraphs) {
            guard let workflowGraph else {
                workflowLoads.append(nil)
                continue
            }
            let workflowLoad = propagation.addLoad(
                of: workflowGraph,
                rate: workflow.share * peakRPS,
                into: &load,
                messages: &messages
            )
            workflowLoads.append(workflowLoad)
            if let cycle = workflowLoad.cycle {
                notes.append(
                    "\(workflow.name): synchronous call cycle \(names(cycle + [cycle[0]]).joined(separator: " -> ")); no load or latency figures"
                )
            }
            notes += workflowLoad.droppedPublishes.map { "\(workflow.name): \($0)" }
        }
        propagation.deliverMessages(into: &load, messages: &messages)

        let loads = load
        let availabilities = zones.componentAvailabilities()
        let figuresAndNotes = (0..<table.count).concurrentMap {
            componentFigures($0, load: loads[$0], availability: availabilities[$0])
        }
        let components = figuresAndNotes.map(\.figures)
        notes += figuresAndNotes.flatMap(\.notes)
        let meanResponse = components.map { figures -> Double? in
            guard figures.utilization != nil else { return 0 }  // no service time: adds no latency
            return figures.meanResponseMS.map { $0 / 1000 }
        }
        // Latency and retries of every service at once, for the workflows without steps.
        let wholeTables =
            model.workflows.contains { $0.steps == nil }
            ? graph.wholeGraph().map { pathTables($0, meanResponse: meanResponse) } : nil
        // Per workflow, independently: its hard dependencies, one pass over the zone states (its
        // availability, losses and zone outages), its latency and retries.
        let perWorkflow = Array(model.workflows.indices).concurrentMap { [workflowLoads] position -> WorkflowResult? in
            guard let workflowGraph = workflowGraphs[position], let workflowLoad = workflowLoads[position] else {
                return nil
            }
            let hard = hardDependencies(workflowGraph)
            let evaluation = zones.evaluate(hard, sensitivities: true)
            var workflowNotes: [String] = []
            let figures = workflowFigures(
                model.workflows[position],
                graph: workflowGraph,
                hardDependencies: hard,
                evaluation: evaluation,
                load: workflowLoad,
                meanResponse: meanResponse,
                wholeTables: wholeTables,
                notes: &workflowNotes
            )
            return WorkflowResult(
                figures: figures,
                notes: workflowNotes,
                availabilityWithZoneDown: evaluation.availabilityWithZoneDown
            )
        }
        let workflows = perWorkflow.compactMap { $0?.figures }
        notes += perWorkflow.flatMap { $0?.notes ?? [] }
        return AnalysisReport(
            system: model.system.name,
            peakRPS: peakRPS,
            growth: growth,
            components: components.sorted { $0.name < $1.name },
            workflows: workflows.sorted { $0.name < $1.name },
            cost: cost(components),
            firstToSaturate: firstToSaturate(components),
            zoneOutages: zoneOutages(perWorkflow.map { $0?.availabilityWithZoneDown }),
            notes: notes
        )
    }

    func names(_ indices: [Int]) -> [String] { indices.map { table.components[$0].name } }

    private func componentFigures(
        _ index: Int,
        load: Double,
        availability: Double
    ) -> (figures: ComponentFigures, notes: [String]) {
        var notes: [String] = []
        let component = table.components[index]
        let servers = component.placement.replicas * component.serving.concurrency
        var figures = ComponentFigures(
            name: component.name,
            type: component.type,
            kind: component.kind,
            replicas: component.placement.replicas,
            zones: component.placement.zones,
            availability: availability,
            loadRPS: load,
            servers: servers,
            costPerReplica: component.serving.costPerReplica
        )
        guard let serviceTime = component.serving.serviceTime?.seconds else {
            if load > 0 { notes.append("\(component.name): no service_time, so no queueing figures") }
            return (figures, notes)
        }
        let utilization = load * serviceTime / Double(servers)
        figures.utilization = utilization
        figures.saturated = Queueing.isSaturated(utilization)
        figures.meanResponseMS = Queueing.meanResponse(arrivalRate: load, serviceTime: serviceTime, servers: servers)
            .map { $0 * 1000 }
        if figures.saturated == true {
            notes.append(
                "\(component.name): saturated at peak (utilization \(rounded(utilization))), so no mean response"
            )
        }
        let concurrency = component.serving.concurrency
        figures.replicasNeeded = Queueing.replicasNeeded(
            load: load,
            serviceTime: serviceTime,
            concurrency: concurrency,
            target: component.targetUtilization
        )
        figures.replicasNeededAtGrowth = Queueing.replicasNeeded(
            load: load * growth,
            serviceTime: serviceTime,
            concurrency: concurrency,
            target: component.targetUtilization
        )
        return (figures, notes)
    }

    private func rounded(_ value: Double) -> String { NumberText.decimal(value, decimals: 3) }

    private func cost(_ components: [ComponentFigures]) -> CostFigures {
        var monthly = 0.0
        var atGrowth = 0.0
        for figures in components {
            let price = figures.costPerReplica ?? 0
            monthly += price * Double(figures.replicas)
            atGrowth += price * Double(max(figures.replicas, figures.replicasNeededAtGrowth ?? figures.replicas))
        }
        let budget = model.system.requirements.budgetMonthly
        return CostFigures(
            monthly: monthly,
            monthlyAtGrowth: atGrowth,
            budgetMonthly: budget,
            withinBudget: budget.map { monthly <= $0 * (1 + Queueing.tolerance) }
        )
    }

    /// Utilization grows in proportion to load, so component c saturates at multiple 1 / utilization(c).
    private func firstToSaturate(_ components: [ComponentFigures]) -> (component: String, multipleOfPeak: Double)? {
        let candidates = components.compactMap { figures -> (String, Double)? in
            guard let utilization = figures.utilization, utilization > 0 else { return nil }
            return (figures.name, 1 / utilization)
        }
        return candidates.min { ($0.1, $0.0) < ($1.1, $1.0) }
    }

    private struct WorkflowResult: Sendable {
        var figures: WorkflowFigures
        var notes: [String]
        var availabilityWithZoneDown: [Double]
    }

    /// `withZoneDown` holds each workflow's availability given each zone down, in model order.
    private func zoneOutages(_ withZoneDown: [[Double]?]) -> [ZoneOutage] {
        model.zones.names.enumerated().map { zoneIndex, zone in
            var down: [String] = []
            var availability: [(String, Double)] = []
            for (position, workflow) in model.workflows.enumerated() {
                guard let value = withZoneDown[position]?[zoneIndex] else { continue }
                availability.append((workflow.name, value))
                if value == 0 { down.append(workflow.name) }
            }
            return ZoneOutage(
                zone: zone,
                workflowsDown: down.sorted(),
                workflowAvailability: availability.sorted { $0.0 < $1.0 }
            )
        }
    }
}
