import ArchitectureLoading
import ArchitectureModel
import Testing

/// Every default of model.md, read off the spec by hand and checked on a model that writes none.
@Suite struct DefaultsTests {
    static let minimal = """
        architect: 1
        system: {name: s}
        services:
          api: {}
          edge: {kind: gateway}
          web: {kind: frontend}
          psp: {kind: external}
          scaled: {autoscale: {max: 9}}
          worker:
            calls:
              - to: api
                retries: {max: 2}
                circuit_breaker: true
            subscribes: [events]
        datastores:
          db: {}
        brokers:
          bus: {}
        topics:
          events: {broker: bus}
        workflows:
          one: {entry: edge, share: 40%}
          two: {entry: web}
          three: {entry: api}
        scenarios:
          crash-api:
            faults: [{type: crash, target: api}]
        """

    static func load() throws -> SystemModel {
        let result = ModelLoader.load(text: minimal, file: "minimal.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return try #require(result.model)
    }

    @Test func systemAndZoneDefaults() throws {
        let model = try Self.load()
        #expect(model.zones.names == ["default"])
        #expect(model.zones.availability == 0.9999)
        #expect(model.system.requirements.peakRPS == 0)
        #expect(model.system.requirements.growth == 10)
        #expect(model.system.requirements.availability == nil)
        #expect(model.system.requirements.latencyP99 == nil)
        #expect(model.system.requirements.budgetMonthly == nil)
    }

    @Test func serviceDefaults() throws {
        let model = try Self.load()
        let api = try #require(model.services.first { $0.name == "api" })
        #expect(api.kind == .service)
        #expect(api.placement == Placement(replicas: 1, zones: ["default"], instanceAvailability: 0.995))
        #expect(api.serving.concurrency == 1)
        #expect(api.serving.serviceTime == nil)
        #expect(api.exposed == false)
        #expect(api.tracing == false && api.metrics == false && api.outbox == false && api.stateful == false)
        #expect(api.health == nil && api.auth == nil && api.rateLimit == nil)
        #expect(model.services.first { $0.name == "edge" }?.exposed == true)
        #expect(model.services.first { $0.name == "web" }?.exposed == true)
        #expect(model.services.first { $0.name == "psp" }?.placement.zones == [])
        let scaled = try #require(model.services.first { $0.name == "scaled" })
        #expect(scaled.autoscale == Autoscale(min: 1, max: 9, targetUtilization: 0.7))
        #expect(scaled.placement.replicas == 1)
    }

    @Test func callDefaults() throws {
        let model = try Self.load()
        let call = try #require(model.services.first { $0.name == "worker" }?.calls.first)
        #expect(call.callProtocol == .http)
        #expect(call.perRequest == 1)
        #expect(call.timeout == nil)
        #expect(call.retries == Retries(max: 2, backoff: .none, base: .milliseconds(100), jitter: false, budget: nil))
        #expect(call.circuitBreaker == CircuitBreaker(failureRate: 0.5, minCalls: 20, openFor: TimeSpan(seconds: 30)))
        #expect(call.fallback == .none)
        #expect(call.isHard)
        #expect(call.idempotent == false)
        #expect(call.parallel == nil)
    }

    @Test func storeBrokerTopicDefaults() throws {
        let model = try Self.load()
        let db = try #require(model.datastores.first)
        #expect(db.kind == .other)
        #expect(db.role == .primary)
        #expect(db.encrypted == false)
        #expect(db.placement == Placement(replicas: 1, zones: ["default"], instanceAvailability: 0.995))
        #expect(db.serving.concurrency == 1)
        let bus = try #require(model.brokers.first)
        #expect(bus.kind == .other)
        #expect(bus.placement.replicas == 1)
        let events = try #require(model.topics.first)
        #expect(events.delivery == .atLeastOnce)
        #expect(events.deadLetter == false)
    }

    /// "A workflow without share gets an equal part of what the declared shares leave": (100% - 40%) / 2.
    @Test func undeclaredSharesSplitWhatIsLeft() throws {
        let model = try Self.load()
        let shares = Dictionary(uniqueKeysWithValues: model.workflows.map { ($0.name, $0.share) })
        #expect(shares["one"] == 0.4)
        #expect(abs((shares["two"] ?? 0) - 0.3) < 1e-12)
        #expect(abs((shares["three"] ?? 0) - 0.3) < 1e-12)
    }

    @Test func scenarioDefaults() throws {
        let model = try Self.load()
        let scenario = try #require(model.scenarios.first)
        #expect(scenario.duration == TimeSpan(seconds: 60))
        #expect(scenario.load == 1)
        let fault = try #require(scenario.faults.first)
        #expect(fault.kind == .crash(target: "api", replicas: nil))
        #expect(fault.at == TimeSpan(seconds: 0))
        #expect(fault.duration == nil)
    }

    /// The model's Swift initializers default the same way as the loader, so builders in tests and
    /// importers produce what a file with the same content would.
    @Test func initializerDefaultsMatchTheLoader() throws {
        let model = try Self.load()
        var api = try #require(model.services.first { $0.name == "api" })
        api.location = nil
        #expect(api == Service(name: "api", placement: Placement(zones: ["default"])))
        var db = try #require(model.datastores.first)
        db.location = nil
        #expect(db == Datastore(name: "db", placement: Placement(zones: ["default"])))
        var events = try #require(model.topics.first)
        events.location = nil
        #expect(events == Topic(name: "events", broker: "bus"))
        #expect(model.zones == Zones())
        #expect(model.system.requirements == Requirements())
    }

    @Test func replicasDefaultToAutoscaleMinimum() throws {
        let text =
            "architect: 1\nsystem: {name: s}\nservices:\n  api: {autoscale: {min: 3, max: 9, target_utilization: 60%}}\n"
        let api = try #require(ModelLoader.load(text: text, file: "m.yaml").model?.services.first)
        #expect(api.placement.replicas == 3)
        #expect(api.autoscale?.targetUtilization == 0.6)
    }

    @Test func workflowTargetsFallBackToTheSystem() throws {
        let text = """
            architect: 1
            system: {name: s, requirements: {availability: 99.9%, latency_p99: 300ms}}
            services: {api: {}}
            workflows:
              a: {entry: api}
              b: {entry: api, availability: 0.99, latency_p99: 1s}
            """
        let workflows = try #require(ModelLoader.load(text: text, file: "m.yaml").model?.workflows)
        #expect(abs((workflows[0].availability ?? 0) - 0.999) < 1e-12)
        #expect(workflows[0].latencyP99 == .milliseconds(300))
        #expect(workflows[1].availability == 0.99)
        #expect(workflows[1].latencyP99 == TimeSpan(seconds: 1))
    }

    @Test func longFormsLoadEveryField() throws {
        let text = """
            architect: 1
            system: {name: s}
            services:
              a:
                subscribes: [{topic: t, publishes: [u]}]
                calls:
                  - to: b
                    protocol: grpc
                    per_request: 0.5
                    timeout: 1.5s
                    retries: {max: 3, backoff: exponential, base: 20ms, jitter: true, budget: 10%}
                    circuit_breaker: {failure_rate: 25%, min_calls: 5, open_for: 1m}
                    fallback: cached
                    idempotent: true
                    parallel: g
              b: {}
            brokers: {k: {kind: kafka}}
            topics: {t: {broker: k}, u: {broker: k, ordering: per-key, retention: 7d, partitions: 12}}
            """
        let model = try #require(ModelLoader.load(text: text, file: "m.yaml").model)
        let call = try #require(model.services.first?.calls.first)
        #expect(call.callProtocol == .grpc)
        #expect(call.perRequest == 0.5)
        #expect(call.timeout == TimeSpan(seconds: 1.5))
        #expect(
            call.retries == Retries(max: 3, backoff: .exponential, base: .milliseconds(20), jitter: true, budget: 0.1)
        )
        #expect(call.circuitBreaker == CircuitBreaker(failureRate: 0.25, minCalls: 5, openFor: TimeSpan(seconds: 60)))
        #expect(call.fallback == .cached && !call.isHard)
        #expect(call.parallel == "g")
        #expect(
            model.services.first?.subscribes == [
                Subscription(
                    topic: "t",
                    publishes: ["u"],
                    location: SourceLocation(file: "m.yaml", line: 5, column: 18)
                )
            ]
        )
        #expect(model.topics.last?.retention == TimeSpan(seconds: 7 * 86_400))
    }

    /// What the loader fills in from the field table equals what the model's initializers default
    /// to, which the model writer compares against to leave defaults out: the two cannot drift.
    @Test func theTableAndTheInitializersAgree() throws {
        let model = try Self.load()
        #expect(model.system.requirements == Requirements())
        #expect(model.zones == Zones())
        var api = try #require(model.services.first { $0.name == "api" })
        api.location = nil
        #expect(api == Service(name: "api", placement: Placement(zones: ["default"])))
        var call = try #require(
            try Self.model("services:\n  a:\n    calls: [{to: b}]\n  b: {}").services.first?.calls.first
        )
        call.location = nil
        #expect(call == Call(to: "b"))
        var store = try #require(model.datastores.first)
        store.location = nil
        #expect(store == Datastore(name: "db", placement: Placement(zones: ["default"])))
    }

    /// A model of `system: {name: s}` and the given lines.
    static func model(_ body: String) throws -> SystemModel {
        let result = ModelLoader.load(text: "architect: 1\nsystem: {name: s}\n" + body, file: "m.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return try #require(result.model)
    }
}
