/// What every tool call may use: where models are read from and how much work one call may ask for.
struct ToolContext: Sendable {
    var root: RootDirectory
    var limits: MCPLimits
}
