/// A box-and-arrow diagram independent of its language: every graph view is built as one, and every
/// format draws it, so a view means the same in Mermaid, PlantUML, DOT and D2.
struct DiagramGraph: Sendable, Equatable {
    enum NodeKind: Sendable, Equatable {
        /// Users or client apps (C4 person).
        case person
        /// The modelled system as one box (C4 software system).
        case system
        /// A system outside the model's control: an `external` service.
        case externalSystem
        /// A service (C4 container).
        case container
        case database
        /// A broker or topic.
        case queue
        /// A bounded context of the context map.
        case context
    }

    struct Node: Sendable, Equatable {
        var id: String
        var label: String
        var kind: NodeKind
        /// Technology or kind, shown under the label (`postgres`, `gateway`, `kafka`).
        var technology: String?
        var group: String?
        /// For a deployment node: the element it runs and how many replicas of it.
        var instance: Instance? = nil
    }

    struct Instance: Sendable, Equatable {
        var element: String
        var replicas: Int
    }

    enum GroupKind: Sendable, Equatable {
        /// The system boundary.
        case system
        /// A bounded context, or a broker holding its topics.
        case boundary
        /// A zone (deployment node).
        case zone
    }

    struct Group: Sendable, Equatable {
        var id: String
        var label: String
        var kind: GroupKind
        /// The enclosing group; nil at the top level.
        var parent: String?
    }

    enum EdgeStyle: Sendable, Equatable {
        /// A synchronous request.
        case sync
        /// A message through a broker.
        case async
    }

    struct Edge: Sendable, Equatable {
        var from: String
        var to: String
        var label: String
        /// Protocol or transport (`gRPC`, `kafka`).
        var technology: String?
        var style: EdgeStyle
    }

    var title: String
    var groups: [Group] = []
    var nodes: [Node] = []
    var edges: [Edge] = []

    /// Groups directly inside `parent` (nil = top level), in declaration order.
    func groups(in parent: String?) -> [Group] { groups.filter { $0.parent == parent } }

    /// Nodes directly inside `group` (nil = outside every group), in declaration order.
    func nodes(in group: String?) -> [Node] { nodes.filter { $0.group == group } }

    /// The text on an edge: its label and, when known, its technology in brackets.
    func edgeText(_ edge: Edge) -> String {
        edge.technology.map { "\(edge.label) [\($0)]" } ?? edge.label
    }

    /// Drops groups that hold neither a node nor a group, innermost first.
    mutating func pruneEmptyGroups() {
        var changed = true
        while changed {
            let used = Set(nodes.compactMap(\.group) + groups.compactMap(\.parent))
            let kept = groups.filter { used.contains($0.id) }
            changed = kept.count != groups.count
            groups = kept
        }
    }
}
