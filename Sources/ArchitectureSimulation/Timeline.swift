import Histogram

/// The per-second series: requests by arrival second and workflow, their success rate and p99.
/// A second's histogram is needed only until its last request answers; it is then reduced to its p99
/// and returned to a pool, so memory follows the requests in progress, not the length of the run.
struct Timeline {
    struct Entry {
        var requests = 0
        var finished = 0
        var succeeded = 0
        var histogram: Int32 = -1
        var p99: Double?
    }

    private(set) var entries: [[Entry]]
    private var histograms: [Histogram<UInt32>] = []
    private var freeHistograms: [Int32] = []
    /// (workflow, second) pairs with a histogram still attached.
    private var open: [(workflow: Int, second: Int)] = []
    private var lastSweep = 0

    init(workflows: Int, seconds: Int) {
        entries = Array(repeating: Array(repeating: Entry(), count: max(seconds, 1)), count: workflows)
    }

    mutating func arrived(workflow: Int, second: Int) {
        if second > lastSweep {
            lastSweep = second
            sweep(before: second)
        }
        entries[workflow][second].requests += 1
    }

    mutating func finished(workflow: Int, second: Int, latency: Double?) {
        entries[workflow][second].finished += 1
        guard let latency else { return }
        entries[workflow][second].succeeded += 1
        if entries[workflow][second].histogram < 0 {
            entries[workflow][second].histogram = takeHistogram()
            open.append((workflow, second))
        }
        let slot = Int(entries[workflow][second].histogram)
        _ = histograms[slot].record(WorkflowTally.microseconds(latency))
    }

    /// Reduces every open second before `second` whose requests have all answered.
    private mutating func sweep(before second: Int) {
        var kept = 0
        for position in open.indices {
            let item = open[position]
            let entry = entries[item.workflow][item.second]
            if item.second < second, entry.finished == entry.requests {
                close(workflow: item.workflow, second: item.second)
            } else {
                open[kept] = item
                kept += 1
            }
        }
        open.removeLast(open.count - kept)
    }

    mutating func closeAll() {
        for item in open { close(workflow: item.workflow, second: item.second) }
        open.removeAll()
    }

    private mutating func close(workflow: Int, second: Int) {
        let slot = entries[workflow][second].histogram
        entries[workflow][second].p99 = Double(histograms[Int(slot)].valueAtPercentile(99)) / 1000
        entries[workflow][second].histogram = -1
        histograms[Int(slot)].reset()
        freeHistograms.append(slot)
    }

    private mutating func takeHistogram() -> Int32 {
        if let slot = freeHistograms.popLast() { return slot }
        histograms.append(
            Histogram<UInt32>(
                highestTrackableValue: WorkflowTally.highestMicroseconds,
                numberOfSignificantValueDigits: .two
            )
        )
        return Int32(histograms.count - 1)
    }
}
