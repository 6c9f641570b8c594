public import ArchitectureModel
import Foundation

/// Exact availability of sets of components that share failure zones.
///
/// A zone outage takes down every replica in it, so two components in the same zone fail together
/// and multiplying their availabilities is wrong. Given which zones are up, though, replicas fail
/// independently: the exact figure sums, over the 2^Z up/down states of the zones involved, the
/// probability of the state times the product of each component's availability in that state.
public struct ZoneAvailability: Sendable {
    /// Past this many zones, 2^Z states are too many to sum.
    public static let maximumZones = 20

    public struct TooManyZones: Error, CustomStringConvertible {
        public var count: Int
        public var description: String {
            "the model has \(count) zones; exact availability sums over the 2^Z zone states and supports at most \(ZoneAvailability.maximumZones)"
        }
    }

    /// How one component's replicas sit: how many in each zone (by zone index), and how reliable each is.
    struct Layout: Hashable, Sendable {
        /// (zone index, replicas in it), zone indices ascending; empty for an external component.
        var replicasPerZone: [ZoneCount]
        var instanceAvailability: Double
        /// Replicas that sit in no zone (an external service's).
        var zonelessReplicas: Int
        /// Where one more replica would go: a zone index, or nil for a zoneless one.
        var nextReplicaZone: Int?
    }

    struct ZoneCount: Hashable, Sendable {
        var zone: Int
        var replicas: Int
    }

    let zoneUp: Double
    let zoneCount: Int
    let layouts: [Layout]

    public init(_ model: SystemModel, table: ComponentTable) throws(TooManyZones) {
        guard model.zones.names.count <= Self.maximumZones else { throw TooManyZones(count: model.zones.names.count) }
        zoneUp = model.zones.availability
        zoneCount = model.zones.names.count
        var zoneIndex: [String: Int] = [:]
        for (index, name) in model.zones.names.enumerated() { zoneIndex[name] = index }
        layouts = table.components.map { component in
            Self.layout(of: component.placement, zoneIndex: zoneIndex)
        }
    }

    /// Replica i sits in zones[i mod len(zones)]; a component with no zones has zoneless replicas.
    static func layout(of placement: Placement, zoneIndex: [String: Int]) -> Layout {
        let zones = placement.zones.compactMap { zoneIndex[$0] }
        guard !zones.isEmpty else {
            return Layout(
                replicasPerZone: [],
                instanceAvailability: placement.instanceAvailability,
                zonelessReplicas: placement.replicas,
                nextReplicaZone: nil
            )
        }
        var counts: [Int: Int] = [:]
        for replica in 0..<placement.replicas {
            counts[zones[replica % zones.count], default: 0] += 1
        }
        return Layout(
            replicasPerZone: counts.keys.sorted().map { ZoneCount(zone: $0, replicas: counts[$0] ?? 0) },
            instanceAvailability: placement.instanceAvailability,
            zonelessReplicas: 0,
            nextReplicaZone: zones[placement.replicas % zones.count]
        )
    }

    /// P(the component is up): at least one of its replicas is up.
    public func availability(ofComponent component: Int) -> Double {
        1 - evaluate([component], zoneDown: nil).unavailability
    }

    /// P(every listed component is up at once); with `zoneDown`, given that zone is down and the others
    /// fail as usual.
    public func availability(ofAll components: [Int], zoneDown: Int? = nil) -> Double {
        1 - unavailability(ofAll: components, zoneDown: zoneDown)
    }

    /// P(some listed component is down), summed directly so that it keeps its digits when tiny.
    public func unavailability(ofAll components: [Int], zoneDown: Int? = nil) -> Double {
        evaluate(components, zoneDown: zoneDown).unavailability
    }

    /// For each listed component: what the set's availability would gain if the component never
    /// failed (its loss), and if it had one more replica.
    public func sensitivities(ofAll components: [Int]) -> [Sensitivity] {
        evaluate(components, zoneDown: nil, sensitivities: true).sensitivities
    }

    public struct Sensitivity: Sendable {
        public var component: Int
        /// Availability if this component were always up, minus the actual availability.
        public var loss: Double
        /// Availability with one more replica of this component, minus the actual availability.
        public var gainFromOneMoreReplica: Double
    }

    /// Components with the same layout fail alike in every zone state, so they are grouped and their
    /// factor raised to the group's size: the sum costs 2^Z x groups, not 2^Z x components.
    private struct Group {
        var layout: Layout
        var members: [Int]
    }

    private func evaluate(
        _ components: [Int],
        zoneDown: Int?,
        sensitivities wanted: Bool = false
    ) -> (
        availability: Double, unavailability: Double, sensitivities: [Sensitivity]
    ) {
        var groupIndex: [Layout: Int] = [:]
        var groups: [Group] = []
        for component in Set(components).sorted() {
            let layout = layouts[component]
            if let index = groupIndex[layout] {
                groups[index].members.append(component)
            } else {
                groupIndex[layout] = groups.count
                groups.append(Group(layout: layout, members: [component]))
            }
        }
        // Only the zones some member sits in (or the forced-down zone) matter; the rest sum to 1.
        var relevant = Set(groups.flatMap { $0.layout.replicasPerZone.map(\.zone) })
        if let zoneDown { relevant.insert(zoneDown) }
        let zones = relevant.sorted()
        var bit: [Int: Int] = [:]
        for (position, zone) in zones.enumerated() { bit[zone] = position }

        var total = 0.0
        var unavailable = 0.0
        var withoutOne = [Double](repeating: 0, count: groups.count)
        var withOneMore = [Double](repeating: 0, count: groups.count)
        var factors = [Double](repeating: 0, count: groups.count)
        var singles = [Double](repeating: 0, count: groups.count)
        for state in 0..<(1 << zones.count) {
            var probability = 1.0
            for (position, zone) in zones.enumerated() {
                let up = state & (1 << position) != 0
                if zone == zoneDown {
                    probability *= up ? 0 : 1
                } else {
                    probability *= up ? zoneUp : 1 - zoneUp
                }
            }
            guard probability > 0 else { continue }
            var nonzeroProduct = 1.0
            var zeros = 0
            var logUp = 0.0
            for (index, group) in groups.enumerated() {
                let replicasUp = replicasInUpZones(group.layout, state: state, bit: bit)
                let single = Self.upProbability(group.layout, replicasUp: replicasUp)
                logUp +=
                    Double(group.members.count) * log1p(-Self.downProbability(group.layout, replicasUp: replicasUp))
                singles[index] = single
                let factor = Self.power(single, group.members.count)
                factors[index] = factor
                if factor == 0 { zeros += 1 } else { nonzeroProduct *= factor }
            }
            total += zeros == 0 ? probability * nonzeroProduct : 0
            // 1 - product, without the cancellation of subtracting two numbers near 1.
            unavailable += probability * -expm1(logUp)
            guard wanted else { continue }
            for (index, group) in groups.enumerated() {
                let others: Double
                if factors[index] == 0 {
                    others = zeros == 1 ? nonzeroProduct : 0
                } else {
                    others = zeros == 0 ? nonzeroProduct / factors[index] : 0
                }
                let rest = others * Self.power(singles[index], group.members.count - 1)
                withoutOne[index] += probability * rest
                var grown = group.layout
                if let zone = grown.nextReplicaZone {
                    let extraUp = state & (1 << (bit[zone] ?? 0)) != 0 ? 1 : 0
                    let more = replicasInUpZones(grown, state: state, bit: bit) + extraUp
                    withOneMore[index] += probability * rest * Self.upProbability(grown, replicasUp: more)
                } else {
                    grown.zonelessReplicas += 1
                    withOneMore[index] += probability * rest * Self.upProbability(grown, replicasUp: 0)
                }
            }
        }
        guard wanted else { return (total, unavailable, []) }
        var result: [Sensitivity] = []
        for (index, group) in groups.enumerated() {
            for member in group.members {
                result.append(
                    Sensitivity(
                        component: member,
                        loss: withoutOne[index] - total,
                        gainFromOneMoreReplica: withOneMore[index] - total
                    )
                )
            }
        }
        return (total, unavailable, result)
    }

    private func replicasInUpZones(_ layout: Layout, state: Int, bit: [Int: Int]) -> Int {
        var count = 0
        for entry in layout.replicasPerZone where state & (1 << (bit[entry.zone] ?? 0)) != 0 {
            count += entry.replicas
        }
        return count
    }

    /// P(at least one of `replicasUp` zoned replicas, or of the zoneless ones, is up).
    private static func upProbability(_ layout: Layout, replicasUp: Int) -> Double {
        1 - downProbability(layout, replicasUp: replicasUp)
    }

    /// P(every one of them is down): small and exact, where 1 - upProbability would lose digits.
    private static func downProbability(_ layout: Layout, replicasUp: Int) -> Double {
        power(1 - layout.instanceAvailability, replicasUp + layout.zonelessReplicas)
    }

    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result *= factor }
            factor *= factor
            remaining >>= 1
        }
        return result
    }
}
