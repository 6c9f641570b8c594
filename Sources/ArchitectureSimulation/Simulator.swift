import ArchitectureModel

/// The discrete-event engine: one run of one scenario. All state is value types in flat arrays
/// addressed by Int32 indices; after warm-up the loop allocates nothing per event.
struct Simulator {
    /// A request on a down replica of a service without health checks hangs this long when its
    /// caller has no timeout (simulation.md, "Failures").
    static let hangSeconds = 30.0
    /// Synchronous calls deeper than this fail: it bounds a workflow that calls in a cycle.
    static let maxDepth: Int32 = 64

    let plan: SimulationPlan
    let faults: FaultPlan
    let window: Double
    let batches: Int
    var baseRates: [Double]
    var rateFactor = 1.0
    var arrivalGeneration: [UInt32]

    var now = 0.0
    var events = 0
    var queue = EventQueue()
    var jobs = Pool(empty: Job())
    var invocations = Pool(empty: Invocation())
    var stations: [StationState]
    var windows: [CallWindow]
    var breakers: [CircuitBreakerState]
    /// Calls whose window matters (they have a retry budget or a circuit breaker).
    let tracked: [Bool]
    var nextSerial: UInt32 = 1
    var tallies: [WorkflowTally]
    var timeline: Timeline

    var arrivals: RandomStream
    var serviceTimes: RandomStream
    var jitter: RandomStream
    var balancing: RandomStream

    init(plan: SimulationPlan, faults: FaultPlan, rates: [Double], window: Double, options: SimulationOptions) {
        self.plan = plan
        self.faults = faults
        self.window = window
        batches = max(options.batches, 1)
        baseRates = rates
        arrivalGeneration = Array(repeating: 0, count: rates.count)
        stations = plan.stations.map(StationState.init)
        windows = Array(repeating: CallWindow(), count: plan.calls.count)
        breakers = Array(repeating: CircuitBreakerState(), count: plan.calls.count)
        tracked = plan.calls.map { $0.breaker != nil || $0.retries.budget != nil }
        tallies = Array(repeating: WorkflowTally(batches: batches), count: rates.count)
        timeline = Timeline(workflows: rates.count, seconds: Int(window.rounded(.up)))
        arrivals = RandomStream(seed: options.seed, purpose: .arrivals)
        serviceTimes = RandomStream(seed: options.seed, purpose: .serviceTimes)
        jitter = RandomStream(seed: options.seed, purpose: .jitter)
        balancing = RandomStream(seed: options.seed, purpose: .balancing)
    }

    /// Runs to the end, or stops early and returns false once the clock passes `deadline`.
    mutating func run(progress: ((Double) -> Void)?, deadline: ContinuousClock.Instant? = nil) -> Bool {
        for workflow in baseRates.indices { scheduleArrival(workflow) }
        for (position, fault) in faults.entries.enumerated() {
            queue.schedule(.fault, at: fault.start, a: Int32(position), b: 1)
            if let end = fault.end { queue.schedule(.fault, at: end, a: Int32(position), b: 0) }
        }
        while let event = queue.pop() {
            now = event.time
            events += 1
            switch event.kind {
            case .arrival: arrive(workflow: Int(event.a), generation: event.b)
            case .serviceDone: serviceDone(event.a)
            case .jobFailed:
                jobs[event.a].failed = true
                finish(event.a)
            case .timeout:
                if invocations[event.a].serial == event.b {
                    attemptEnded(event.a, failed: true, degraded: false, timedOut: true)
                }
            case .retry: startAttempt(event.a, retry: true)
            case .fault: apply(faults.entries[Int(event.a)].effect, starting: event.b == 1)
            }
            if events & 0x3_FFFF == 0 { progress?(min(now / window, 1)) }
            if let deadline, events & 0x3FFF == 0, ContinuousClock.now >= deadline { return false }
        }
        progress?(1)
        for index in stations.indices { stations[index].account(at: window, window: window) }
        timeline.closeAll()
        return true
    }

    // MARK: Arrivals

    private mutating func scheduleArrival(_ workflow: Int) {
        let rate = baseRates[workflow] * rateFactor
        guard rate > 0 else { return }
        let time = now + arrivals.exponential(mean: 1 / rate)
        guard time < window else { return }
        queue.schedule(.arrival, at: time, a: Int32(workflow), b: arrivalGeneration[workflow])
    }

    /// A rate change restarts every stream from now (Poisson arrivals are memoryless).
    mutating func restartArrivals() {
        for workflow in baseRates.indices {
            arrivalGeneration[workflow] &+= 1
            scheduleArrival(workflow)
        }
    }

    private mutating func arrive(workflow: Int, generation: UInt32) {
        guard generation == arrivalGeneration[workflow] else { return }
        scheduleArrival(workflow)
        let entry = Int32(plan.workflowEntries[workflow])
        let job = makeJob(station: entry, context: Int32(workflow), role: .request, publishList: entry)
        jobs[job].workflow = Int32(workflow)
        jobs[job].start = now
        tallies[workflow].requests += 1
        timeline.arrived(workflow: workflow, second: Int(now))
        admit(job)
    }

    /// A new job at `station`, with the stages its service makes in `context`.
    mutating func makeJob(station: Int32, context: Int32, role: Job.Role, publishList: Int32) -> Int32 {
        let job = jobs.allocate()
        jobs[job].station = station
        jobs[job].context = context
        jobs[job].role = role
        jobs[job].publishList = publishList
        jobs[job].arrival = now
        if Int(station) < plan.serviceCount, role != .brokerHop {
            let range = plan.stageRanges[Int(context) * plan.serviceCount + Int(station)]
            jobs[job].stage = range.lowerBound
            jobs[job].stageEnd = range.upperBound
        }
        return job
    }

    // MARK: Endings

    /// The job answers: releases its slot, and reports to the workflow or the waiting invocation.
    mutating func finish(_ index: Int32) {
        let job = jobs[index]
        jobs.release(index)
        if job.holdsSlot { stations[Int(job.station)].inFlight -= 1 }
        if job.workflow >= 0 {
            let workflow = Int(job.workflow)
            let latency = now - job.start
            let batch = min(Int(job.start / window * Double(batches)), batches - 1)
            tallies[workflow].record(latency: latency, failed: job.failed, degraded: job.degraded, batch: batch)
            timeline.finished(workflow: workflow, second: Int(job.start), latency: job.failed ? nil : latency)
        } else if job.parent >= 0, invocations[job.parent].serial == job.serial {
            attemptEnded(job.parent, failed: job.failed, degraded: job.degraded, timedOut: false)
        }
    }

    /// Runs the job's next stages until one waits for invocations; then publishes and answers.
    mutating func advance(_ job: Int32) {
        while !jobs[job].failed, jobs[job].stage < jobs[job].stageEnd {
            let stage = plan.stages[Int(jobs[job].stage)]
            jobs[job].stage += 1
            jobs[job].starting = true
            for position in stage.start..<stage.end {
                startInvocation(job: job, call: plan.stageCalls[Int(position)])
            }
            jobs[job].starting = false
            if jobs[job].pending > 0 { return }
        }
        if !jobs[job].failed { publish(job) }
        finish(job)
    }
}
