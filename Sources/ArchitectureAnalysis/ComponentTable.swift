public import ArchitectureModel

/// Every service, datastore and broker of a model under one integer index, so the analysis can use
/// arrays instead of name lookups: services first, then datastores, then brokers, in file order.
public struct ComponentTable: Sendable {
    public enum ComponentType: String, Sendable {
        case service, datastore, broker
    }

    public struct Component: Sendable {
        public var name: String
        public var type: ComponentType
        /// The model's `kind` as written (`gateway`, `postgres`, `kafka` ...).
        public var kind: String
        public var placement: Placement
        public var serving: Serving
        /// Capacity is planned so utilization stays at or below this (autoscale target, else 70%).
        public var targetUtilization: Double
        public var isExternal: Bool
    }

    public let components: [Component]
    public let serviceCount: Int
    public let datastoreOffset: Int
    public let brokerOffset: Int
    private let positions: [String: Int]

    public init(_ model: SystemModel) {
        var components: [Component] = []
        components.reserveCapacity(model.services.count + model.datastores.count + model.brokers.count)
        for service in model.services {
            components.append(
                Component(
                    name: service.name,
                    type: .service,
                    kind: service.kind.rawValue,
                    placement: service.placement,
                    serving: service.serving,
                    targetUtilization: service.autoscale?.targetUtilization ?? Self.defaultTarget,
                    isExternal: service.kind == .external
                )
            )
        }
        for datastore in model.datastores {
            components.append(
                Component(
                    name: datastore.name,
                    type: .datastore,
                    kind: datastore.kind.rawValue,
                    placement: datastore.placement,
                    serving: datastore.serving,
                    targetUtilization: Self.defaultTarget,
                    isExternal: false
                )
            )
        }
        for broker in model.brokers {
            components.append(
                Component(
                    name: broker.name,
                    type: .broker,
                    kind: broker.kind.rawValue,
                    placement: broker.placement,
                    serving: broker.serving,
                    targetUtilization: Self.defaultTarget,
                    isExternal: false
                )
            )
        }
        self.components = components
        serviceCount = model.services.count
        datastoreOffset = model.services.count
        brokerOffset = model.services.count + model.datastores.count
        var positions: [String: Int] = [:]
        positions.reserveCapacity(components.count)
        for (index, component) in components.enumerated() where positions[component.name] == nil {
            positions[component.name] = index
        }
        self.positions = positions
    }

    /// The capacity target when a component declares no autoscale target (model.md, "Capacity").
    public static let defaultTarget = 0.7

    public func index(of name: String) -> Int? { positions[name] }

    public var count: Int { components.count }
}
