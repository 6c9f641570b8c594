/// How long and with which seed a scenario runs.
public struct SimulationOptions: Sendable {
    /// The arrival window (simulation.md, "Arrivals").
    public enum Window: Sendable, Hashable {
        /// The scenario's `duration`.
        case scenario
        case seconds(Double)
        /// Long enough that this many external requests are expected at the scenario's base load.
        case requests(Int)
    }

    public var seed: UInt64
    public var window: Window
    /// Stop with `SimulationError.wallClockLimit` once a run has taken this long (a server's bound).
    public var wallClockLimit: Duration?
    /// Batches of arrival time for the latency confidence interval (batch means).
    package var batches: Int

    public init(seed: UInt64 = 1, window: Window = .scenario) {
        self.seed = seed
        self.window = window
        batches = 20
    }
}
