import ArchitectureAnalysis
import ArchitectureModel
import Histogram

/// What one run of one scenario produced (simulation.md, "JSON").
public struct SimulationResult: Sendable {
    public struct Latency: Sendable, Hashable {
        public var mean: Double
        public var p50: Double
        public var p90: Double
        public var p99: Double
        public var p999: Double
        public var max: Double
    }

    public struct WorkflowOutcome: Sendable {
        public var name: String
        public var requests: Int
        public var succeeded: Int
        public var degraded: Int
        public var failed: Int
        /// Succeeded (degraded included) / requests; nil without requests.
        public var successRate: Double?
        /// Over successful requests, in milliseconds; nil when none succeeded.
        public var latencyMS: Latency?
        public var availabilityTarget: Double?
        public var errorBudgetBurned: Double?
        public var latencyP99TargetMS: Double?
        public var meetsLatencyP99: Bool?
        /// Mean latency (seconds) of the successful requests of each batch of arrival time.
        package var batchMeans: [Double]

        /// The success rate is below the availability target, or p99 above its target.
        public var missesTarget: Bool {
            if let target = availabilityTarget, let rate = successRate, rate < target { return true }
            return meetsLatencyP99 == false
        }
    }

    public struct ComponentOutcome: Sendable {
        public var name: String
        public var type: String
        /// Busy workers over up workers, time-averaged over the window; nil without a service time.
        public var utilization: Double?
        /// Time-averaged number of queued requests; nil without a service time.
        public var meanQueue: Double?
        public var completed: Int
        public var timeouts: Int
        public var retries: Int
        public var rejections: Int
        public var breakerOpenings: Int
        /// Little's law, both sides over the window: mean number present, and arrival rate x mean sojourn.
        package var meanPresent: Double
        package var arrivalsTimesSojourn: Double
    }

    public struct TimelinePoint: Sendable {
        public var t: Int
        public var workflow: String
        public var requests: Int
        public var successRate: Double?
        public var p99MS: Double?
    }

    public var system: String
    public var scenario: String
    public var seed: UInt64
    public var simulatedSeconds: Double
    public var requests: Int
    public var events: Int
    public var wallSeconds: Double
    public var workflows: [WorkflowOutcome]
    public var components: [ComponentOutcome]
    public var timeline: [TimelinePoint]

    public var missesTarget: Bool { workflows.contains { $0.missesTarget } }

    init(model: SystemModel, scenario: Scenario, seed: UInt64, simulator: Simulator, wallSeconds: Double) {
        system = model.system.name
        self.scenario = scenario.name
        self.seed = seed
        simulatedSeconds = simulator.window
        events = simulator.events
        self.wallSeconds = wallSeconds
        let peak = model.system.requirements.peakRPS
        workflows = zip(model.workflows, simulator.tallies).map { workflow, tally in
            Self.outcome(workflow, tally: tally, peakRPS: peak)
        }
        .sorted { $0.name < $1.name }
        requests = simulator.tallies.reduce(0) { $0 + $1.requests }
        let window = simulator.window
        let plan = simulator.plan
        components = simulator.stations.indices.map { index in
            let state = simulator.stations[index]
            let timed = plan.stations[index].serviceTime > 0
            return ComponentOutcome(
                name: plan.names[index],
                type: plan.types[index].rawValue,
                utilization: timed && state.capacityArea > 0 ? state.busyArea / state.capacityArea : (timed ? 0 : nil),
                meanQueue: timed ? state.queueArea / window : nil,
                completed: state.completed,
                timeouts: state.timeouts,
                retries: state.retries,
                rejections: state.rejections,
                breakerOpenings: state.breakerOpenings,
                meanPresent: state.presentArea / window,
                arrivalsTimesSojourn: state.sojournSum / window
            )
        }
        .sorted { $0.name < $1.name }
        var timeline: [TimelinePoint] = []
        let order = model.workflows.indices.sorted { model.workflows[$0].name < model.workflows[$1].name }
        for second in 0..<Int(window.rounded(.up)) {
            for workflow in order {
                let entry = simulator.timeline.entries[workflow][second]
                timeline.append(
                    TimelinePoint(
                        t: second,
                        workflow: model.workflows[workflow].name,
                        requests: entry.requests,
                        successRate: entry.requests > 0 ? Double(entry.succeeded) / Double(entry.requests) : nil,
                        p99MS: entry.p99
                    )
                )
            }
        }
        self.timeline = timeline
    }

    private static func outcome(_ workflow: Workflow, tally: WorkflowTally, peakRPS: Double) -> WorkflowOutcome {
        var latency: Latency?
        if tally.succeeded > 0 {
            let histogram = tally.latencies
            func ms(_ percentile: Double) -> Double { Double(histogram.valueAtPercentile(percentile)) / 1000 }
            latency = Latency(
                mean: tally.latencySum / Double(tally.succeeded) * 1000,
                p50: ms(50),
                p90: ms(90),
                p99: ms(99),
                p999: ms(99.9),
                max: Double(histogram.max) / 1000
            )
        }
        // simulation.md: failed / ((1 - target) * rate * 30 days), rate without the scenario's load.
        let budget = workflow.availability.map { (1 - $0) * workflow.share * peakRPS * 30 * 86_400 }
        let targetMS = workflow.latencyP99?.milliseconds
        return WorkflowOutcome(
            name: workflow.name,
            requests: tally.requests,
            succeeded: tally.succeeded,
            degraded: tally.degraded,
            failed: tally.failed,
            successRate: tally.requests > 0 ? Double(tally.succeeded) / Double(tally.requests) : nil,
            latencyMS: latency,
            availabilityTarget: workflow.availability,
            errorBudgetBurned: budget.flatMap { $0 > 0 ? Double(tally.failed) / $0 : nil },
            latencyP99TargetMS: targetMS,
            meetsLatencyP99: targetMS.flatMap { target in latency.map { $0.p99 <= target } },
            batchMeans: zip(tally.batchSums, tally.batchCounts).compactMap { $1 > 0 ? $0 / Double($1) : nil }
        )
    }
}
