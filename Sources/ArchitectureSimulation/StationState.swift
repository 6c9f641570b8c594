import DequeModule

/// What changes at one component while the simulation runs, and its time-weighted statistics
/// (integrated over the arrival window only, so the drain after it does not dilute them).
struct StationState {
    var replicaDown: [Int]
    var upReplicas: Int
    /// Workers of the up replicas.
    var capacity: Int
    var busy = 0
    var queue = Deque<Int32>()
    var inFlight = 0
    var extraLatency = 0.0
    var errorRate = 0.0
    var tokens = 0.0
    var tokensAt = 0.0

    var lastChange = 0.0
    var busyArea = 0.0
    var capacityArea = 0.0
    var queueArea = 0.0
    /// Jobs queued or in service: the station's "number in system" for Little's law.
    var present = 0
    var presentArea = 0.0
    var visits = 0
    var sojournSum = 0.0
    var completed = 0
    var timeouts = 0
    var retries = 0
    var rejections = 0
    var breakerOpenings = 0

    init(_ station: SimulationPlan.Station) {
        replicaDown = Array(repeating: 0, count: station.replicas)
        upReplicas = station.replicas
        capacity = station.replicas * station.concurrency
        tokens = station.rateLimit ?? 0
    }

    /// Integrates the areas up to `time` (clamped to the window); call before changing a counted figure.
    @inline(__always) mutating func account(at time: Double, window: Double) {
        let until = min(time, window)
        guard until > lastChange else { return }
        let span = until - lastChange
        busyArea += Double(busy) * span
        capacityArea += Double(capacity) * span
        queueArea += Double(queue.count) * span
        presentArea += Double(present) * span
        lastChange = until
    }

    /// Token bucket of `rate` tokens per second and a burst of one second's worth.
    mutating func takeToken(at time: Double, rate: Double) -> Bool {
        tokens = min(rate, tokens + (time - tokensAt) * rate)
        tokensAt = time
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
