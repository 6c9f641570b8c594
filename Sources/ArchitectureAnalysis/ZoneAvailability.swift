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
        1 - evaluate([component]).unavailability
    }

    /// Everything one pass over the zone states gives for a set of components.
    public struct Evaluation: Sendable {
        /// Summed directly, not as 1 - availability, to keep its digits when tiny.
        public var unavailability: Double
        /// For each zone of the model (by index): the availability given that zone is down.
        public var availabilityWithZoneDown: [Double]
        /// Empty unless asked for.
        public var sensitivities: [Sensitivity]

        public var availability: Double { 1 - unavailability }
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
        /// (bit of the zone among the relevant ones, replicas in it).
        var zoneBits: [(mask: Int, replicas: Int)] = []
        /// The bit of the zone one more replica would go to; nil for a zoneless one.
        var nextReplicaMask: Int?
    }

    /// One pass over the 2^Z states of the zones the components sit in: the availability, the
    /// availability given each zone down (the states with that zone down, over its probability), and
    /// optionally each component's loss and gain.
    public func evaluate(_ components: [Int], sensitivities wanted: Bool = false) -> Evaluation {
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
        // Only the zones some member sits in matter; the others sum to 1.
        var bitOfZone = [Int](repeating: -1, count: zoneCount)
        var zones: [Int] = []
        for zone in groups.flatMap({ $0.layout.replicasPerZone.map(\.zone) }).sorted() where bitOfZone[zone] < 0 {
            bitOfZone[zone] = zones.count
            zones.append(zone)
        }
        for index in groups.indices {
            groups[index].zoneBits = groups[index].layout.replicasPerZone.map { (1 << bitOfZone[$0.zone], $0.replicas) }
            groups[index].nextReplicaMask = groups[index].layout.nextReplicaZone.map { 1 << bitOfZone[$0] }
        }

        // Flat arrays for the hot loop: copying a Group per state would retain and release its arrays.
        let memberCounts = groups.map { $0.members.count }
        let replicaDown = groups.map { 1 - $0.layout.instanceAvailability }
        let zoneless = groups.map(\.layout.zonelessReplicas)
        let nextMasks = groups.map { $0.nextReplicaMask ?? 0 }
        var bitStart = [0]
        var bitMasks: [Int] = []
        var bitReplicas: [Int] = []
        // Per group and per number of zoned replicas up: the group's factor P(all members up), and its
        // complement computed without cancellation. Precomputed, so no logarithm runs per state.
        var tableStart = [0]
        var factorTable: [Double] = []
        var failureTable: [Double] = []
        // For the sensitivities: P(one replica set up) with `up` and with one more replica, and the
        // factor of the other members of the group.
        var singleTable: [Double] = []
        var grownTable: [Double] = []
        var othersTable: [Double] = []
        for (index, group) in groups.enumerated() {
            for entry in group.zoneBits {
                bitMasks.append(entry.mask)
                bitReplicas.append(entry.replicas)
            }
            bitStart.append(bitMasks.count)
            for up in 0...group.layout.replicasPerZone.reduce(0, { $0 + $1.replicas }) {
                let down = Self.power(replicaDown[index], up + zoneless[index])
                factorTable.append(Self.power(1 - down, memberCounts[index]))
                failureTable.append(-expm1(Double(memberCounts[index]) * log1p(-down)))
                singleTable.append(1 - down)
                grownTable.append(1 - down * replicaDown[index])
                othersTable.append(Self.power(1 - down, memberCounts[index] - 1))
            }
            tableStart.append(factorTable.count)
        }

        var total = 0.0
        var unavailable = 0.0
        var zoneDownSums = [Double](repeating: 0, count: zones.count)
        var withoutOne = [Double](repeating: 0, count: groups.count)
        var withOneMore = [Double](repeating: 0, count: groups.count)
        var factors = [Double](repeating: 0, count: groups.count)
        var replicasUp = [Int](repeating: 0, count: groups.count)
        for state in 0..<(1 << zones.count) {
            var probability = 1.0
            for position in zones.indices {
                probability *= state & (1 << position) != 0 ? zoneUp : 1 - zoneUp
            }
            guard probability > 0 else { continue }
            var nonzeroProduct = 1.0
            var zeros = 0
            var failure = 0.0
            for index in 0..<groups.count {
                var up = 0
                for entry in bitStart[index]..<bitStart[index + 1] where state & bitMasks[entry] != 0 {
                    up += bitReplicas[entry]
                }
                replicasUp[index] = up
                let factor = factorTable[tableStart[index] + up]
                factors[index] = factor
                if factor == 0 { zeros += 1 } else { nonzeroProduct *= factor }
                // P(some group so far fails), grown without subtracting numbers near 1.
                let groupFailure = failureTable[tableStart[index] + up]
                failure += groupFailure - failure * groupFailure
            }
            let term = zeros == 0 ? probability * nonzeroProduct : 0
            total += term
            unavailable += probability * failure
            for position in zones.indices where state & (1 << position) == 0 { zoneDownSums[position] += term }
            guard wanted else { continue }
            for index in 0..<groups.count {
                let others: Double
                if factors[index] == 0 {
                    others = zeros == 1 ? nonzeroProduct : 0
                } else {
                    others = zeros == 0 ? nonzeroProduct / factors[index] : 0
                }
                let row = tableStart[index] + replicasUp[index]
                let rest = probability * others * othersTable[row]
                withoutOne[index] += rest
                // One more replica: zoneless, or in its zone, where it counts only while that zone is up.
                let grows = nextMasks[index] == 0 || state & nextMasks[index] != 0
                withOneMore[index] += rest * (grows ? grownTable[row] : singleTable[row])
            }
        }
        // A zone none of the components sits in changes nothing when it goes down.
        var withZoneDown = [Double](repeating: 1 - unavailable, count: zoneCount)
        for (position, zone) in zones.enumerated() {
            withZoneDown[zone] =
                zoneUp < 1
                ? zoneDownSums[position] / (1 - zoneUp) : forcedDown(groups, zone: zone, bitOfZone: bitOfZone)
        }
        var result: [Sensitivity] = []
        if wanted {
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
        }
        return Evaluation(
            unavailability: unavailable,
            availabilityWithZoneDown: withZoneDown,
            sensitivities: result
        )
    }

    /// With zones that never fail, "given zone z is down" is a state of probability 0: evaluate it
    /// directly, every other zone up.
    private func forcedDown(_ groups: [Group], zone: Int, bitOfZone: [Int]) -> Double {
        let state = ~(1 << bitOfZone[zone])
        var product = 1.0
        for group in groups {
            var up = 0
            for entry in group.zoneBits where state & entry.mask != 0 { up += entry.replicas }
            product *= Self.power(1 - Self.downProbability(group.layout, replicasUp: up), group.members.count)
        }
        return product
    }

    /// P(every replica in an up zone, and every zoneless one, is down): small and exact.
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
