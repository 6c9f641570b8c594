/// What part of the model a diagram shows.
public struct DiagramOptions: Sendable {
    /// Shows only this service and what lies within `depth` hops of it (calls and topic deliveries, both directions).
    public var focus: String?
    /// Hops around `focus`; ignored without it.
    public var depth: Int
    /// The workflow of a sequence diagram; nil = every workflow.
    public var workflow: String?

    public init(focus: String? = nil, depth: Int = 1, workflow: String? = nil) {
        self.focus = focus
        self.depth = depth
        self.workflow = workflow
    }
}
