/// Bounds on one tool call, so no request can exhaust the server or hold it for long (docs/mcp.md).
public struct MCPLimits: Sendable {
    /// The largest model, import source or patch accepted, in bytes.
    public var maximumModelBytes: Int
    /// The most external requests one `simulate` call may ask for.
    public var maximumSimulatedRequests: Int
    /// The wall time after which a simulation is stopped and reported as an error.
    public var simulationWallClock: Duration

    public init(
        maximumModelBytes: Int = 4 * 1024 * 1024,
        maximumSimulatedRequests: Int = 1_000_000,
        simulationWallClock: Duration = .seconds(30)
    ) {
        self.maximumModelBytes = maximumModelBytes
        self.maximumSimulatedRequests = maximumSimulatedRequests
        self.simulationWallClock = simulationWallClock
    }
}
