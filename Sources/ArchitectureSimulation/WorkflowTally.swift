import Histogram

/// Outcomes of one workflow's external requests: counts, the latency histogram of the successful
/// ones (microseconds), and latency sums per batch of arrival time for confidence intervals.
struct WorkflowTally {
    var requests = 0
    var succeeded = 0
    var degraded = 0
    var failed = 0
    var latencySum = 0.0
    var latencies = Histogram<UInt64>(
        highestTrackableValue: WorkflowTally.highestMicroseconds,
        numberOfSignificantValueDigits: .three
    )
    var batchSums: [Double]
    var batchCounts: [Int]

    /// One hour: longer latencies are recorded as one hour (the histogram needs a bound).
    static let highestMicroseconds: UInt64 = 3_600_000_000

    init(batches: Int) {
        batchSums = Array(repeating: 0, count: batches)
        batchCounts = Array(repeating: 0, count: batches)
    }

    static func microseconds(_ seconds: Double) -> UInt64 {
        UInt64(min(max(seconds * 1e6, 1), Double(highestMicroseconds)))
    }

    mutating func record(latency: Double, failed isFailure: Bool, degraded isDegraded: Bool, batch: Int) {
        guard !isFailure else {
            failed += 1
            return
        }
        succeeded += 1
        if isDegraded { degraded += 1 }
        latencySum += latency
        _ = latencies.record(Self.microseconds(latency))
        batchSums[batch] += latency
        batchCounts[batch] += 1
    }
}
