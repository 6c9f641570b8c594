/// What a diagram shows of the model.
public enum DiagramView: String, CaseIterable, Sendable {
    /// C4 system context: the users, the system as one box, the external systems it calls.
    case context
    /// C4 container: services, datastores and brokers grouped by bounded context.
    case container
    /// Replicas of every component per zone.
    case deployment
    /// One sequence diagram per workflow.
    case sequence
    /// Who publishes and who consumes each topic.
    case dataflow
    /// Bounded contexts and how they depend on each other.
    case contextMap = "context-map"
}
