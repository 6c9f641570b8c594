package import ArchitectureModel

/// A service (not external), datastore or broker: what replica and zone rules look at.
package struct PlacedComponent: Sendable {
    package var name: String
    /// `service`, `datastore` or `broker`, for messages.
    package var type: String
    package var placement: Placement
    package var location: SourceLocation?

    /// Every component that runs on the system's own replicas, in file order.
    package static func all(in model: SystemModel) -> [PlacedComponent] {
        model.services.filter { $0.kind != .external }.map {
            PlacedComponent(name: $0.name, type: "service", placement: $0.placement, location: $0.location)
        }
            + model.datastores.map {
                PlacedComponent(name: $0.name, type: "datastore", placement: $0.placement, location: $0.location)
            }
            + model.brokers.map {
                PlacedComponent(name: $0.name, type: "broker", placement: $0.placement, location: $0.location)
            }
    }

    /// The distinct zones its replicas land in: replica i sits in `zones[i mod count]`.
    package var occupiedZones: [String] {
        let zones = placement.zones
        guard !zones.isEmpty else { return [] }
        return Array(zones.prefix(placement.replicas))
    }
}
