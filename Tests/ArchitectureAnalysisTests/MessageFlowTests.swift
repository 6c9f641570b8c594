import ArchitectureModel
import Testing

@testable import ArchitectureAnalysis

@Suite struct MessageFlowTests {
    private func flow(_ yaml: String) throws -> (MessageFlow, MessageTopology) {
        let model = try #require(ArchitectureLoadingForTests.load(yaml))
        let table = ComponentTable(model)
        let topology = MessageTopology(model, table: table)
        return (MessageFlow(topology, graph: CallGraph(model, table: table)), topology)
    }

    private func topic(_ name: String, in topology: MessageTopology) throws -> Int {
        try #require(topology.topicNames.firstIndex(of: name))
    }

    /// placed -> billing -> (calls ledger, which publishes billed) -> billed -> mailer: no loop, and
    /// every node lies upstream of the ones it reaches.
    @Test func aChainOfTopicsHasNoLoop() throws {
        let (flow, topology) = try flow(
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
        #expect(flow.hasLoop.allSatisfy { !$0 })
        #expect(flow.reachesLoop.allSatisfy { !$0 })
        let placed = try topic("placed", in: topology)
        let billed = try topic("billed", in: topology)
        // Components come out downstream first.
        #expect(flow.component(ofTopic: placed) > flow.component(ofTopic: billed))
        #expect(flow.componentOf[flow.id(.message(service: 1))] > flow.componentOf[flow.id(.requests(service: 2))])
    }

    /// A subscriber handling a message fires only its subscription's publishes, so listing its own
    /// topic in `publishes` makes no loop; a service it calls that publishes the topic does.
    @Test func onlyWhatAMessageFiresCloseLoops() throws {
        let (quiet, quietTopology) = try flow(
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
        #expect(!quiet.reachesLoop(.topic(try topic("t", in: quietTopology))))
        let (looping, loopingTopology) = try flow(
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
        let t = try topic("t", in: loopingTopology)
        #expect(looping.hasLoop[looping.component(ofTopic: t)])
        // The loop holds the topic, the worker handling it and api handling the worker's calls.
        #expect(
            looping.componentOf[looping.id(.message(service: 1))] == looping.component(ofTopic: t)
                && looping.componentOf[looping.id(.requests(service: 0))] == looping.component(ofTopic: t)
        )
    }

    /// Above a call cycle or a loop of topics, a delivery can meet a cycle or a drop; beside it, not.
    @Test func reachesLoopMarksWhatLiesAboveALoop() throws {
        let (flow, topology) = try flow(
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
        #expect(flow.reachesLoop(.topic(try topic("risky", in: topology))))
        #expect(flow.reachesLoop(.message(service: 1)))
        #expect(!flow.reachesLoop(.topic(try topic("safe", in: topology))))
        #expect(!flow.reachesLoop(.requests(service: 5)))
        #expect(flow.hasLoop[flow.componentOf[flow.id(.requests(service: 2))]])
    }

    @Test func nodeNumbersRoundTrip() throws {
        let (flow, _) = try flow(
            """
            architect: 1
            system: {name: s}
            services: {a: {subscribes: [t]}, b: {}}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            """
        )
        for node in [MessageFlow.Node.requests(service: 1), .message(service: 0), .topic(0)] {
            #expect(flow.node(flow.id(node)) == node)
        }
    }
}
