import ArchitectureModel
import Testing

@testable import ArchitectureAnalysis

@Suite struct MessageFlowTests {
    /// placed -> billing -> (calls ledger, which publishes billed) -> billed -> mailer: no loop, and
    /// every node lies upstream of the ones it reaches.
    @Test func aChainOfTopicsHasNoLoop() throws {
        let fixture = try MessageFixture(
            """
            architect: 1
            system: {name: s}
            services:
              orders: {publishes: [placed]}
              billing: {subscribes: [placed], calls: [{to: ledger}]}
              ledger: {publishes: [billed]}
              mailer: {subscribes: [billed]}
            brokers: {bus: {}}
            topics: {placed: {broker: bus}, billed: {broker: bus}}
            workflows: {w: {entry: orders}}
            """
        )
        let flow = fixture.flow
        #expect(flow.hasLoop.allSatisfy { !$0 })
        #expect(flow.reachesLoop.allSatisfy { !$0 })
        let placed = try fixture.topic("placed")
        let billed = try fixture.topic("billed")
        // Components come out downstream first.
        #expect(flow.component(ofTopic: placed) > flow.component(ofTopic: billed))
        #expect(flow.componentOf[flow.id(.message(service: 1))] > flow.componentOf[flow.id(.requests(service: 2))])
    }

    /// A subscriber handling a message fires only its subscription's publishes, so listing its own
    /// topic in `publishes` makes no loop; a service it calls that publishes the topic does.
    @Test func onlyWhatAMessageFiresCloseLoops() throws {
        let quiet = try MessageFixture(
            """
            architect: 1
            system: {name: s}
            services:
              api: {publishes: [t]}
              worker: {subscribes: [t], publishes: [t]}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        #expect(!quiet.flow.reachesLoop(.topic(try quiet.topic("t"))))
        let looping = try MessageFixture(
            """
            architect: 1
            system: {name: s}
            services:
              api: {publishes: [t]}
              worker: {subscribes: [t], calls: [{to: api}]}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        let t = try looping.topic("t")
        let flow = looping.flow
        #expect(flow.hasLoop[flow.component(ofTopic: t)])
        // The loop holds the topic, the worker handling it and api handling the worker's calls.
        #expect(
            flow.componentOf[flow.id(.message(service: 1))] == flow.component(ofTopic: t)
                && flow.componentOf[flow.id(.requests(service: 0))] == flow.component(ofTopic: t)
        )
    }

    /// Above a call cycle or a loop of topics, a delivery can meet a cycle or a drop; beside it, not.
    @Test func reachesLoopMarksWhatLiesAboveALoop() throws {
        let fixture = try MessageFixture(
            """
            architect: 1
            system: {name: s}
            services:
              api: {publishes: [risky, safe]}
              a: {subscribes: [risky], calls: [{to: x}]}
              x: {calls: [{to: y}]}
              y: {calls: [{to: x}]}
              b: {subscribes: [safe], calls: [{to: z}]}
              z: {}
            brokers: {bus: {}}
            topics: {risky: {broker: bus}, safe: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        let flow = fixture.flow
        #expect(flow.reachesLoop(.topic(try fixture.topic("risky"))))
        #expect(flow.reachesLoop(.message(service: 1)))
        #expect(!flow.reachesLoop(.topic(try fixture.topic("safe"))))
        #expect(!flow.reachesLoop(.requests(service: 5)))
        #expect(flow.hasLoop[flow.componentOf[flow.id(.requests(service: 2))]])
    }

    @Test func nodeNumbersRoundTrip() throws {
        let fixture = try MessageFixture(
            """
            architect: 1
            system: {name: s}
            services: {a: {subscribes: [t]}, b: {}}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            """
        )
        let flow = fixture.flow
        for node in [MessageFlow.Node.requests(service: 1), .message(service: 0), .topic(0)] {
            #expect(flow.node(flow.id(node)) == node)
        }
    }
}
