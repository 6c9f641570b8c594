public import ArchitectureModel
public import Foundation

/// Exact availability of sets of components that share failure zones.
///
/// A zone outage takes down every replica in it, so two components in the same zone fail together
/// and multiplying their availabilities is wrong. Given which zones are up, though, replicas fail
/// independently: the exact figure sums, over the 2^Z up/down states of the zones involved, the
/// probability of the state times the product of each component's availability in that state.
public struct ZoneAvailability: Sendable {
    /// Past this many zones, 2^Z states are too many to sum.
    public static let maximumZones = 20

    public struct TooManyZones: Error, CustomStringConvertible, LocalizedError {
        public var count: Int
        public var description: String {
            "the model has \(count) zones; exact availability sums over the 2^Z zone states and supports at most \(ZoneAvailability.maximumZones)"
        }

        public var errorDescription: String? { description }
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
    /// Each component's layout as a number: components with the same number are placed alike.
    let layoutID: [Int]

    public init(_ model: SystemModel, table: ComponentTable) throws(TooManyZones) {
        guard model.zones.names.count <= Self.maximumZones else { throw TooManyZones(count: model.zones.names.count) }
        zoneUp = model.zones.availability
        zoneCount = model.zones.names.count
        var zoneIndex: [String: Int] = [:]
        for (index, name) in model.zones.names.enumerated() { zoneIndex[name] = index }
        layouts = table.components.map { component in
            Self.layout(of: component.placement, zoneIndex: zoneIndex)
        }
        var numbers: [Layout: Int] = [:]
        layoutID = layouts.map { layout in
            if let known = numbers[layout] { return known }
            numbers[layout] = numbers.count
            return numbers.count - 1
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

    /// Every component's availability, evaluated once per distinct layout.
    public func componentAvailabilities() -> [Double] {
        var first = [Int](repeating: -1, count: layoutID.count)
        for (component, id) in layoutID.enumerated() where first[id] < 0 { first[id] = component }
        let representatives = first.filter { $0 >= 0 }
        let values = representatives.concurrentMap { availability(ofComponent: $0) }
        var byLayout = [Double](repeating: 0, count: layoutID.count)
        for (component, value) in zip(representatives, values) { byLayout[layoutID[component]] = value }
        return layoutID.map { byLayout[$0] }
    }

    /// Everything one pass over the zone states gives for a set of components.
    public struct Evaluation: Sendable {
        /// Summed directly, not as 1 - availability, to keep its digits when tiny.
        public var unavailability: Double
        /// For each zone of the model (by index): the availability given that zone is down.
        public var availabilityWithZoneDown: [Double]
        /// Empty unless asked for; one per component, grouped by placement rather than in index order.
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

    /// Groups whose factors depend on the same few zones (those they sit in, and where one more replica
    /// would go). A class's product over its groups is tabulated once per state of its own zones, so
    /// each state of all the zones costs one lookup per class instead of a sum per group.
    private struct ZoneClass {
        /// The relevant bits of the class's zones; a class state numbers them in this order.
        var bits: [Int]
        var groups: [Int] = []
        /// By class state: the product of the groups' factors, and P(some group fails).
        var factor: [Double] = []
        var failure: [Double] = []

        func state(of state: Int) -> Int {
            var result = 0
            for (position, bit) in bits.enumerated() where state & (1 << bit) != 0 { result |= 1 << position }
            return result
        }

        /// The state of all relevant zones that has exactly the class's zones of `classState` up.
        func mask(of classState: Int) -> Int {
            var result = 0
            for (position, bit) in bits.enumerated() where classState & (1 << position) != 0 { result |= 1 << bit }
            return result
        }
    }

    /// One pass over the 2^Z states of the zones the components sit in: the availability, the
    /// availability given each zone down (the states with that zone down, over its probability), and
    /// optionally each component's loss and gain.
    public func evaluate(_ components: [Int], sensitivities wanted: Bool = false) -> Evaluation {
        var groupIndex: [Int: Int] = [:]
        var groups: [Group] = []
        let ascending = zip(components, components.dropFirst()).allSatisfy { $0 < $1 }
        for component in ascending ? components : Set(components).sorted() {
            if let index = groupIndex[layoutID[component]] {
                groups[index].members.append(component)
            } else {
                groupIndex[layoutID[component]] = groups.count
                groups.append(Group(layout: layouts[component], members: [component]))
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
            groups[index].nextReplicaMask = groups[index].layout.nextReplicaZone.flatMap {
                bitOfZone[$0] >= 0 ? 1 << bitOfZone[$0] : nil
            }
        }
        var classes: [ZoneClass] = []
        var classIndex: [[Int]: Int] = [:]
        var classOfGroup: [Int] = []
        for (index, group) in groups.enumerated() {
            var bits = group.layout.replicasPerZone.map { bitOfZone[$0.zone] }
            if let next = group.nextReplicaMask, !bits.contains(next.trailingZeroBitCount) {
                bits.append(next.trailingZeroBitCount)
            }
            bits.sort()
            let position = classIndex[bits] ?? classes.count
            if position == classes.count {
                classIndex[bits] = position
                classes.append(ZoneClass(bits: bits))
            }
            classes[position].groups.append(index)
            classOfGroup.append(position)
        }

        // Per group and per state of its class: P(all members up), and for the sensitivities the factor
        // of the other members of the group and P(one replica set up) with one more replica over
        // without. Each class multiplies its groups' factors and combines their failures (computed
        // without cancellation) per class state.
        var factorOf: [[Double]] = []
        var othersOf: [[Double]] = []
        var grownFactorOf: [[Double]] = []
        for index in classes.indices {
            let states = 1 << classes[index].bits.count
            classes[index].factor = [Double](repeating: 1, count: states)
            classes[index].failure = [Double](repeating: 0, count: states)
        }
        for (index, group) in groups.enumerated() {
            let position = classOfGroup[index]
            let replicaDown = 1 - group.layout.instanceAvailability
            let members = group.members.count
            // Where one more replica goes: no zone (always counts), a zone of the sum (counts while it
            // is up), or a zone no component sits in (up with its own probability, independently).
            let outsideGrowth = group.layout.nextReplicaZone == nil ? 1 : zoneUp
            var factors: [Double] = []
            var others: [Double] = []
            var grown: [Double] = []
            for classState in 0..<classes[position].factor.count {
                let state = classes[position].mask(of: classState)
                var up = group.layout.zonelessReplicas
                for entry in group.zoneBits where state & entry.mask != 0 { up += entry.replicas }
                let down = Self.power(replicaDown, up)
                let factor = Self.power(1 - down, members)
                factors.append(factor)
                if wanted {
                    others.append(Self.power(1 - down, members - 1))
                    let grows = group.nextReplicaMask.map { state & $0 != 0 ? 1 : 0 } ?? outsideGrowth
                    grown.append(grows * (1 - down * replicaDown) + (1 - grows) * (1 - down))
                }
                let failure = -expm1(Double(members) * log1p(-down))
                let combined = classes[position].failure[classState]
                classes[position].failure[classState] = combined + failure - combined * failure
                classes[position].factor[classState] *= factor
            }
            factorOf.append(factors)
            othersOf.append(others)
            grownFactorOf.append(grown)
        }

        var total = 0.0
        var unavailable = 0.0
        var zoneDownSums = [Double](repeating: 0, count: zones.count)
        // For the sensitivities: by class and class state, the probability-weighted product of every
        // other class's factor.
        var outside = classes.map { [Double](repeating: 0, count: $0.factor.count) }
        var classStates = [Int](repeating: 0, count: classes.count)
        var prefix = [Double](repeating: 1, count: classes.count + 1)
        for state in 0..<(1 << zones.count) {
            var probability = 1.0
            for position in zones.indices {
                probability *= state & (1 << position) != 0 ? zoneUp : 1 - zoneUp
            }
            guard probability > 0 else { continue }
            var failure = 0.0
            for (index, zoneClass) in classes.enumerated() {
                let classState = zoneClass.state(of: state)
                classStates[index] = classState
                prefix[index + 1] = prefix[index] * zoneClass.factor[classState]
                // P(some class so far fails), grown without subtracting numbers near 1.
                let classFailure = zoneClass.failure[classState]
                failure += classFailure - failure * classFailure
            }
            let term = probability * prefix[classes.count]
            total += term
            unavailable += probability * failure
            for position in zones.indices where state & (1 << position) == 0 { zoneDownSums[position] += term }
            guard wanted else { continue }
            var suffix = probability
            for index in classes.indices.reversed() {
                outside[index][classStates[index]] += prefix[index] * suffix
                suffix *= classes[index].factor[classStates[index]]
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
            for zoneClass in classes {
                let members = zoneClass.groups
                for (offset, index) in members.enumerated() {
                    var withoutOne = 0.0
                    var withOneMore = 0.0
                    for classState in zoneClass.factor.indices {
                        var inside = othersOf[index][classState]
                        for (other, sibling) in members.enumerated() where other != offset {
                            inside *= factorOf[sibling][classState]
                        }
                        let rest = outside[classOfGroup[index]][classState] * inside
                        withoutOne += rest
                        withOneMore += rest * grownFactorOf[index][classState]
                    }
                    for member in groups[index].members {
                        result.append(
                            Sensitivity(
                                component: member,
                                loss: withoutOne - total,
                                gainFromOneMoreReplica: withOneMore - total
                            )
                        )
                    }
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
