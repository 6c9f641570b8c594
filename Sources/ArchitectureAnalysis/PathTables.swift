/// Per service of an acyclic call graph: its mean latency with the callee of its largest
/// contribution, and its worst retry product with the next service on that path. A value depends
/// only on the calls below a service, so one table over the model's whole call graph answers every
/// workflow without steps; a workflow with steps gets tables over its own graph.
struct PathTables: Sendable {
    struct Latency: Sendable {
        /// By position; nil when a saturated component lies below.
        var latency: [Double?]
        /// By position: the position of the callee with the largest n x L, or -1.
        var heaviest: [Int]
    }

    struct Retry: Sendable {
        /// By position: the largest product of (1 + retries) along a path from the service.
        var attempts: [Double]
        /// By position: the next position on that path, or -1.
        var next: [Int]
    }

    let graph: CallGraph.WorkflowGraph
    let latency: Latency
    let retry: Retry

    /// The mean latency from the service at `position` and the heaviest path from it, as services;
    /// nil when a saturated component lies on the way.
    func latency(at position: Int) -> (total: Double, criticalPath: [Int])? {
        guard let total = latency.latency[position] else { return nil }
        return (total, path(from: position, next: latency.heaviest))
    }

    /// The worst retry product from the service at `position` and its path, as services.
    func worstRetryPath(at position: Int) -> (attempts: Int, path: [Int]) {
        let attempts = retry.attempts[position]
        guard attempts > 1 else { return (1, [graph.services[position]]) }
        return (Int(min(attempts, Double(Int.max / 2))), path(from: position, next: retry.next))
    }

    private func path(from position: Int, next: [Int]) -> [Int] {
        var path = [graph.services[position]]
        var at = next[position]
        while at >= 0 {
            path.append(graph.services[at])
            at = next[at]
        }
        return path
    }
}
