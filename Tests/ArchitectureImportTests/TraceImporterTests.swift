import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

@testable import ArchitectureImport

@Suite struct TraceImporterTests {
    /// A calls B twice through B3 shared spans; B's clock runs 200us behind A's; C's parent was not collected.
    static let zipkin = """
        [
          {"traceId": "t1", "id": "1", "kind": "SERVER", "name": "get /checkout", "timestamp": 1000, "duration": 1000,
           "localEndpoint": {"serviceName": "A"}},
          {"traceId": "t1", "parentId": "1", "id": "2", "kind": "CLIENT", "name": "get", "timestamp": 1100,
           "duration": 600, "localEndpoint": {"serviceName": "A"}},
          {"traceId": "t1", "parentId": "1", "id": "2", "kind": "SERVER", "name": "get", "timestamp": 900,
           "duration": 500, "shared": true, "localEndpoint": {"serviceName": "B"}},
          {"traceId": "t1", "parentId": "1", "id": "3", "kind": "CLIENT", "name": "get", "timestamp": 1300,
           "duration": 400, "localEndpoint": {"serviceName": "A"}},
          {"traceId": "t1", "parentId": "1", "id": "3", "kind": "SERVER", "name": "get", "timestamp": 1350,
           "duration": 300, "shared": true, "localEndpoint": {"serviceName": "B"}},
          {"traceId": "t1", "parentId": "missing", "id": "4", "kind": "SERVER", "name": "post", "timestamp": 1200,
           "duration": 100, "localEndpoint": {"serviceName": "C"}}
        ]
        """

    func importTraces(_ text: String, name: String = "trace.json") throws -> ImportedSystem {
        let directory = try TemporaryDirectory()
        return try TraceImporter().importFiles([try directory.write(name, text)])
    }

    @Test func sharedSpansOrphansAndClockSkew() throws {
        let system = try importTraces(Self.zipkin)
        #expect(system.components.map(\.name) == ["a", "b", "c"])
        #expect(system.components.map(\.label) == ["A", "B", "C"])
        let link = try #require(system.links.first)
        #expect(system.links.count == 1)
        #expect(link.from == "a" && link.to == "b" && link.confidence == .high)
        // A handled one request and made two calls to B.
        #expect(link.perRequest == 2)
        #expect(link.evidence.first?.detail == "2 spans: 2 -> 2, 3 -> 3")
        // A's self time: 1000us less the union of its client spans [1100, 1700] and [1300, 1700].
        #expect(system.component(named: "a")?.serviceTime == TimeSpan(seconds: 0.000_4))
        // B's samples are 500us and 300us: mean 400us, p99 by nearest rank 500us; skew does not matter.
        #expect(system.component(named: "b")?.serviceTime == TimeSpan(seconds: 0.000_4))
        #expect(system.component(named: "b")?.serviceTimeP99 == TimeSpan(seconds: 0.000_5))
        #expect(system.notes.contains { $0.message.contains("no root span") } == false)
    }

    @Test func workflowsComeFromRootOperationsWithTheirShares() throws {
        let more = """
            , {"traceId": "t2", "id": "10", "kind": "SERVER", "name": "get /checkout", "timestamp": 0, "duration": 100,
               "localEndpoint": {"serviceName": "A"}},
              {"traceId": "t3", "id": "20", "kind": "SERVER", "name": "get /cart", "timestamp": 0, "duration": 50,
               "localEndpoint": {"serviceName": "A"}}
            ]
            """
        let text = String(Self.zipkin.dropLast(2)) + more
        let system = try importTraces(text)
        let workflows = system.workflows.map { "\($0.name) \($0.entry) \($0.share)" }
        #expect(workflows == ["a-get-checkout a \(2.0 / 3)", "a-get-cart a \(1.0 / 3)"])
        let yaml = system.makeModel(name: "shop", sources: []).yaml
        #expect(yaml.contains("share: 66.66%"))
        #expect(yaml.contains("share: 33.33%"))
        #expect(ModelLoader.load(text: yaml, file: "t.yaml").isValid)
    }

    @Test func jaegerExportGivesTheSameCall() throws {
        let system = try importTraces(
            """
            {"data": [{"traceID": "t1", "processes": {"p1": {"serviceName": "A"}, "p2": {"serviceName": "B"}},
              "spans": [
                {"traceID": "t1", "spanID": "1", "operationName": "get /checkout", "references": [], "startTime": 1000,
                 "duration": 1000, "processID": "p1", "tags": [{"key": "span.kind", "type": "string", "value": "server"}]},
                {"traceID": "t1", "spanID": "2", "operationName": "Cart/Get", "startTime": 1100, "duration": 600,
                 "references": [{"refType": "CHILD_OF", "traceID": "t1", "spanID": "1"}], "processID": "p1",
                 "tags": [{"key": "span.kind", "value": "client"}, {"key": "rpc.system", "value": "grpc"}]},
                {"traceID": "t1", "spanID": "3", "operationName": "Cart/Get", "startTime": 1150, "duration": 500,
                 "references": [{"refType": "CHILD_OF", "traceID": "t1", "spanID": "2"}], "processID": "p2",
                 "tags": [{"key": "span.kind", "value": "server"}, {"key": "rpc.system", "value": "grpc"}]}
              ]}]}
            """
        )
        #expect(system.links.map { "\($0.from) -> \($0.to)" } == ["a -> b"])
        #expect(system.links.first?.kind == .call(.grpc))
        #expect(system.component(named: "a")?.serviceTime == TimeSpan(seconds: 0.000_4))
    }

    @Test func otlpJSONGivesTheSameCall() throws {
        let system = try importTraces(
            """
            {"resourceSpans": [
              {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "A"}}]},
               "scopeSpans": [{"spans": [
                 {"traceId": "t1", "spanId": "1", "name": "GET /checkout", "kind": 2,
                  "startTimeUnixNano": "1000000", "endTimeUnixNano": "2000000"},
                 {"traceId": "t1", "spanId": "2", "parentSpanId": "1", "name": "GET", "kind": 3,
                  "startTimeUnixNano": "1100000", "endTimeUnixNano": "1700000"}]}]},
              {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "B"}}]},
               "scopeSpans": [{"spans": [
                 {"traceId": "t1", "spanId": "3", "parentSpanId": "2", "name": "GET", "kind": "SPAN_KIND_SERVER",
                  "startTimeUnixNano": "1150000", "endTimeUnixNano": "1650000"}]}]}
            ]}
            """
        )
        #expect(system.links.map { "\($0.from) -> \($0.to)" } == ["a -> b"])
        #expect(system.component(named: "a")?.serviceTime == TimeSpan(seconds: 0.000_4))
        #expect(system.component(named: "b")?.serviceTime == TimeSpan(seconds: 0.000_5))
    }

    @Test func producerAndConsumerSpansGiveATopic() throws {
        let system = try importTraces(
            """
            [
              {"traceId": "t", "id": "1", "kind": "SERVER", "name": "post /orders", "localEndpoint": {"serviceName": "orders"}},
              {"traceId": "t", "parentId": "1", "id": "2", "kind": "PRODUCER", "name": "send",
               "localEndpoint": {"serviceName": "orders"}, "remoteEndpoint": {"serviceName": "kafka"},
               "tags": {"kafka.topic": "order.placed"}},
              {"traceId": "t", "parentId": "2", "id": "3", "kind": "CONSUMER", "name": "poll",
               "localEndpoint": {"serviceName": "billing"}, "remoteEndpoint": {"serviceName": "kafka"},
               "tags": {"kafka.topic": "order.placed"}}
            ]
            """
        )
        let model = system.makeModel(name: "shop", sources: []).model
        #expect(model.brokers.map { "\($0.name) \($0.kind)" } == ["kafka kafka"])
        #expect(model.topics.map { "\($0.name) \($0.label ?? "") \($0.broker)" } == ["order-placed order.placed kafka"])
        #expect(model.services.first { $0.name == "orders" }?.publishes == ["order-placed"])
        #expect(model.services.first { $0.name == "billing" }?.subscribes.map(\.topic) == ["order-placed"])
        #expect(model.services.allSatisfy { $0.calls.isEmpty })
    }

    @Test func unknownFormatsAreRefused() throws {
        #expect(throws: ImportError.self) { try importTraces("{\"spans\": 3}") }
    }
}
