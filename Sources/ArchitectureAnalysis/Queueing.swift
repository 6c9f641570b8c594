import Foundation

/// The M/M/c queue: Poisson arrivals, exponential service, c servers, one FIFO queue.
public enum Queueing {
    /// Boundaries such as utilization = 1 are compared with this relative tolerance (model.md).
    public static let tolerance = 1e-9

    /// Erlang B, the blocking probability of c servers offered `offered` = arrival rate x service time
    /// erlangs, by the recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)): stable for thousands of
    /// servers, where factorials overflow.
    public static func erlangB(servers: Int, offered: Double) -> Double {
        var blocking = 1.0
        guard servers > 0 else { return blocking }
        for k in 1...servers {
            blocking = offered * blocking / (Double(k) + offered * blocking)
        }
        return blocking
    }

    /// Erlang C, the probability that an arrival waits: C = B / (1 - rho (1 - B)); nil when saturated.
    public static func erlangC(servers: Int, offered: Double) -> Double? {
        let utilization = offered / Double(servers)
        guard !isSaturated(utilization) else { return nil }
        let blocking = erlangB(servers: servers, offered: offered)
        return blocking / (1 - utilization * (1 - blocking))
    }

    /// Mean time in the system (queue wait plus service), in seconds: C S / (c - a) + S; nil when saturated.
    public static func meanResponse(arrivalRate: Double, serviceTime: Double, servers: Int) -> Double? {
        let offered = arrivalRate * serviceTime
        guard let waiting = erlangC(servers: servers, offered: offered) else { return nil }
        return waiting * serviceTime / (Double(servers) - offered) + serviceTime
    }

    public static func isSaturated(_ utilization: Double) -> Bool {
        utilization >= 1 - tolerance
    }

    /// The fewest replicas r >= 1 with load x S / (r x concurrency) <= target.
    public static func replicasNeeded(load: Double, serviceTime: Double, concurrency: Int, target: Double) -> Int {
        // Clamped so an absurd load still gives a number instead of overflowing Int.
        let exact = min(load * serviceTime / (Double(concurrency) * target), 1e15)
        return max(1, Int((exact / (1 + tolerance)).rounded(.up)))
    }
}
