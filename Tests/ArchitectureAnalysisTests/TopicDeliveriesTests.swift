import ArchitectureModel
import Testing

@testable import ArchitectureAnalysis

@Suite struct TopicDeliveriesTests {
    private func deliveries(_ yaml: String) throws -> (TopicDeliveries, MessageFixture) {
        let fixture = try MessageFixture(yaml)
        return (TopicDeliveries(fixture.topology, graph: fixture.graph, flow: fixture.flow), fixture)
    }

    /// up -> down, a loop of one topic: `up` is on no loop but its notes are the loop's, and only the
    /// loop topic has a per-message effect: echo 1, its store 1, the broker 1 (its own repeat dropped).
    @Test func notesComeUpFromTheLoopBelow() throws {
        let (deliveries, fixture) = try deliveries(
            """
            architect: 1
            system: {name: s}
            services:
              api: {publishes: [up]}
              relay: {subscribes: [{topic: up, publishes: [down]}]}
              echo: {subscribes: [{topic: down, publishes: [down]}], uses: [log]}
            datastores: {log: {}}
            brokers: {bus: {}}
            topics: {up: {broker: bus}, down: {broker: bus}}
            """
        )
        let up = try fixture.topic("up")
        let down = try fixture.topic("down")
        let dropped = ["`echo` publishing `down` again on its message chain is dropped"]
        #expect(deliveries.notes[down].dropped == dropped)
        #expect(deliveries.notes[up].dropped == dropped)
        #expect(deliveries.notes[up].cycle == nil)
        #expect(deliveries.loopEffects[up] == nil)
        let effect = try #require(deliveries.loopEffects[down])
        let loads = Dictionary(
            effect.loads.map { (fixture.name($0.component), $0.rate) },
            uniquingKeysWith: +
        )
        #expect(loads == ["echo": 1, "log": 1])
        #expect(effect.published.isEmpty)
    }

    /// The first cycle met, in delivery order, is the one reported: subscribers in file order.
    @Test func theFirstCycleMetIsReported() throws {
        let (deliveries, fixture) = try deliveries(
            """
            architect: 1
            system: {name: s}
            services:
              api: {publishes: [t]}
              first: {subscribes: [t], calls: [{to: p}]}
              second: {subscribes: [t], calls: [{to: x}]}
              p: {calls: [{to: q}]}
              q: {calls: [{to: p}]}
              x: {calls: [{to: x}]}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            """
        )
        let t = try fixture.topic("t")
        let cycle = try #require(deliveries.notes[t].cycle)
        #expect(cycle.map { fixture.name($0) } == ["p", "q"])
    }

    @Test func notesAbsorbKeepsTheFirstCycleAndEachDropOnce() {
        var notes = TopicDeliveries.Notes(cycle: nil, dropped: ["a"])
        notes.absorb(TopicDeliveries.Notes(cycle: [1, 2], dropped: ["b", "a"]))
        notes.absorb(TopicDeliveries.Notes(cycle: [3], dropped: ["b"]))
        #expect(notes.cycle == [1, 2])
        #expect(notes.dropped == ["a", "b"])
    }
}
