import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureSimulation
import Testing

@Suite struct SimulationTests {
    static let chain = """
        architect: 1
        system: {name: chain, requirements: {peak_rps: 100, availability: 99.9%, latency_p99: 500ms}}
        services:
          front:
            kind: gateway
            service_time: 1ms
            concurrency: 4
            health: {readiness: /ready}
            calls: [{to: back, timeout: 50ms, retries: 2}]
          back: {service_time: 5ms, concurrency: 4, health: {readiness: /ready}}
        workflows:
          go: {entry: front}
        scenarios:
          slow-back:
            duration: 20s
            faults: [{type: latency, target: back, add: 100ms}]
        """

    /// simulation.md, "Determinism": same model, scenario and seed give the same JSON but wall_seconds.
    @Test func sameSeedGivesIdenticalJSON() throws {
        func json(seed: UInt64) throws -> String {
            var result = try simulate(Self.chain, options: SimulationOptions(seed: seed, window: .seconds(20)))
            result.wallSeconds = 0
            return result.json.serialized()
        }
        let first = try json(seed: 3)
        #expect(first == (try json(seed: 3)))
        #expect(first != (try json(seed: 4)))
    }

    /// A latency fault above the call's timeout: every attempt times out, retries included.
    @Test func latencyAboveTheTimeoutTimesOutEveryAttempt() throws {
        let result = try simulate(Self.chain, scenario: "slow-back")
        let workflow = try result.workflow("go")
        let back = try result.component("back")
        #expect(workflow.requests > 1000)
        #expect(workflow.failed == workflow.requests)
        #expect(back.timeouts == 3 * workflow.requests)
        #expect(back.retries == 2 * workflow.requests)
        #expect(workflow.latencyMS == nil)
        #expect(workflow.missesTarget)
    }

    /// A zone outage fails exactly the workflows that depend hard on a component whose replicas all sit
    /// in that zone (per the analysis's hard dependencies); a fallback degrades instead.
    @Test func zoneOutageFailsExactlyTheHardDependents() throws {
        let yaml = """
            architect: 1
            system: {name: zones, requirements: {peak_rps: 300}}
            zones: {names: [a, b]}
            services:
              gateway:
                kind: gateway
                replicas: 2
                zones: [a, b]
                service_time: 1ms
                health: {readiness: /ready}
                calls:
                  - {to: shop}
              shop:
                replicas: 2
                zones: [a, b]
                service_time: 2ms
                health: {readiness: /ready}
                calls: [{to: pay}]
              pay: {replicas: 2, zones: [a], service_time: 2ms, health: {readiness: /ready}}
              edge:
                kind: gateway
                zones: [b]
                service_time: 1ms
                calls: [{to: pay, fallback: cached}]
            workflows:
              buy: {entry: gateway, share: 40%}
              look: {entry: gateway, share: 30%, steps: []}
              maybe: {entry: edge, share: 30%}
            scenarios:
              a-down:
                duration: 20s
                faults: [{type: zone-outage, zone: a}]
            """
        let model = try loadModel(yaml)
        let analysis = try Analyzer(model).analyze()
        let result = try simulate(yaml, scenario: "a-down")
        for workflow in analysis.workflows {
            let outcome = try result.workflow(workflow.name)
            #expect(outcome.requests > 1000)
            if workflow.hardDependencies.contains("pay") {
                #expect(outcome.failed == outcome.requests, "\(workflow.name)")
            } else {
                #expect(outcome.failed == 0, "\(workflow.name)")
            }
        }
        let maybe = try result.workflow("maybe")
        #expect(maybe.degraded == maybe.requests)
    }

    /// A crash of one of two replicas doubles the utilization of the one left.
    @Test func crashOfOneOfTwoReplicasDoublesUtilization() throws {
        let yaml = """
            architect: 1
            system: {name: crash, requirements: {peak_rps: 60}}
            services:
              api: {replicas: 2, service_time: 10ms, health: {readiness: /ready}}
            workflows:
              call: {entry: api}
            scenarios:
              one-down:
                duration: 600s
                faults: [{type: crash, target: api, replicas: 1}]
            """
        let options = SimulationOptions(seed: 5, window: .seconds(600))
        let baseline = try #require(try simulate(yaml, options: options).component("api").utilization)
        let crashed = try #require(
            try simulate(yaml, scenario: "one-down", options: options).component("api").utilization
        )
        #expect(abs(baseline - 0.3) < 0.01)
        #expect(abs(crashed / baseline - 2) < 0.05)
    }

    /// Without health checks the balancer keeps sending a down replica its share, which hangs until
    /// the caller's timeout; retries then mostly reach the replica that is up.
    @Test func downReplicaWithoutHealthChecksHangsUntilTheTimeout() throws {
        let yaml = """
            architect: 1
            system: {name: hang, requirements: {peak_rps: 50}}
            services:
              front: {kind: gateway, service_time: 1ms, calls: [{to: back, timeout: 100ms}]}
              back: {replicas: 2, service_time: 1ms}
            workflows:
              go: {entry: front}
            scenarios:
              half:
                duration: 200s
                faults: [{type: crash, target: back, replicas: 1}]
            """
        let result = try simulate(yaml, scenario: "half")
        let workflow = try result.workflow("go")
        let rate = try #require(workflow.successRate)
        #expect(abs(rate - 0.5) < 0.03)
        #expect(try result.component("back").timeouts == workflow.failed)
    }

    @Test func rateLimitRejectsWhatTheBucketCannotCover() throws {
        let yaml = """
            architect: 1
            system: {name: limited, requirements: {peak_rps: 200}}
            services:
              api: {service_time: 1ms, concurrency: 4, rate_limit: 100}
            workflows:
              call: {entry: api}
            """
        let result = try simulate(yaml)
        let workflow = try result.workflow("call")
        let rejected = try result.component("api").rejections
        #expect(rejected == workflow.failed)
        #expect(abs(Double(rejected) / Double(workflow.requests) - 0.5) < 0.03)
    }

    /// An errors fault trips the breaker; while it is open the fallback serves (degraded successes).
    @Test func circuitBreakerOpensAndFallbackDegrades() throws {
        let yaml = """
            architect: 1
            system: {name: breaker, requirements: {peak_rps: 100}}
            services:
              front:
                kind: gateway
                service_time: 1ms
                calls: [{to: back, circuit_breaker: {failure_rate: 50%, min_calls: 20, open_for: 5s}, fallback: cached}]
              back: {service_time: 1ms}
            workflows:
              go: {entry: front}
            scenarios:
              broken:
                duration: 60s
                faults: [{type: errors, target: back, rate: 100%, at: 10s, for: 20s}]
            """
        let result = try simulate(yaml, scenario: "broken")
        let workflow = try result.workflow("go")
        let back = try result.component("back")
        #expect(workflow.failed == 0)
        #expect(workflow.degraded > 1500)
        // Open 5 s, one failing probe, open again: about four openings in 20 s.
        #expect((3...5).contains(back.breakerOpenings))
        // While open, calls never reach the callee.
        #expect(back.completed < workflow.requests - 1000)
    }

    /// per_request repeats, datastores per request, and publishes fanned out to a subscriber.
    @Test func repeatsStoresAndMessagesCarryTheLoad() throws {
        let yaml = """
            architect: 1
            system: {name: fanout, requirements: {peak_rps: 100}}
            services:
              front: {kind: gateway, service_time: 1ms, calls: [{to: items, per_request: 2.5}]}
              items: {service_time: 1ms, uses: [items-db], publishes: [seen]}
              audit: {service_time: 2ms, subscribes: [seen]}
            datastores:
              items-db: {service_time: 1ms}
            brokers:
              bus: {service_time: 1ms}
            topics:
              seen: {broker: bus}
            workflows:
              go: {entry: front}
            """
        let result = try simulate(yaml, options: SimulationOptions(window: .seconds(100)))
        let requests = Double(try result.workflow("go").requests)
        let items = Double(try result.component("items").completed)
        #expect(abs(items / requests - 2.5) < 0.05)
        #expect(try result.component("items-db").completed == Int(items))
        #expect(try result.component("bus").completed == Int(items))
        #expect(try result.component("audit").completed == Int(items))
    }

    @Test func maxQueueShedsLoad() throws {
        let yaml = """
            architect: 1
            system: {name: shed, requirements: {peak_rps: 200}}
            services:
              api: {service_time: 10ms, max_queue: 5}
            workflows:
              call: {entry: api}
            """
        let result = try simulate(yaml, options: SimulationOptions(window: .seconds(30)))
        let workflow = try result.workflow("call")
        #expect(workflow.failed > 0)
        #expect(try result.component("api").rejections == workflow.failed)
        // Waiting is bounded by 5 queued + 1 in service, 10 ms each on average.
        #expect(try #require(workflow.latencyMS).mean < 70)
    }

    /// A load spike multiplies the arrival rate while it lasts: 10 s at 3x in 30 s is 50 s of base load.
    @Test func loadSpikeMultipliesArrivals() throws {
        let yaml = """
            architect: 1
            system: {name: spike, requirements: {peak_rps: 200}}
            services:
              api: {service_time: 1ms, concurrency: 8}
            workflows:
              call: {entry: api}
            scenarios:
              spike:
                duration: 30s
                faults: [{type: load-spike, factor: 3, at: 10s, for: 10s}]
            """
        let result = try simulate(yaml, scenario: "spike")
        #expect(abs(Double(try result.workflow("call").requests) / (200 * 50) - 1) < 0.03)
        let during = result.timeline.filter { (10..<20).contains($0.t) }.map(\.requests).reduce(0, +)
        #expect(abs(Double(during) / (600 * 10) - 1) < 0.05)
    }

    /// With `service_time_p99` the service time is lognormal with that p99 (no queueing here).
    @Test func lognormalServiceTimeHasTheDeclaredP99() throws {
        let yaml = """
            architect: 1
            system: {name: tails, requirements: {peak_rps: 100}}
            services:
              api: {service_time: 5ms, service_time_p99: 20ms, concurrency: 1000}
            workflows:
              call: {entry: api}
            """
        let result = try simulate(yaml, options: SimulationOptions(window: .seconds(300)))
        let latency = try #require(try result.workflow("call").latencyMS)
        #expect(abs(latency.p99 / 20 - 1) < 0.05)
        #expect(abs(latency.mean / 5 - 1) < 0.03)
    }

    /// `max_in_flight` counts requests waiting downstream too: a bulkhead of 2 in front of a 100 ms
    /// callee admits about 20 requests/s of 50.
    @Test func maxInFlightCountsRequestsWaitingDownstream() throws {
        let yaml = """
            architect: 1
            system: {name: bulkhead, requirements: {peak_rps: 50}}
            services:
              front: {kind: gateway, service_time: 1ms, max_in_flight: 2, calls: [{to: back}]}
              back: {service_time: 100ms, concurrency: 100}
            workflows:
              go: {entry: front}
            """
        let result = try simulate(yaml, options: SimulationOptions(window: .seconds(100)))
        let workflow = try result.workflow("go")
        #expect(try result.component("front").rejections == workflow.failed)
        let admitted = Double(workflow.succeeded) / Double(workflow.requests)
        #expect(admitted > 0.2 && admitted < 0.5)
        #expect(try #require(workflow.latencyMS).mean > 100)
    }

    @Test func unknownScenarioIsAnError() throws {
        let simulation = Simulation(try loadModel(Self.chain))
        #expect(throws: SimulationError.unknownScenario("nope", known: ["baseline", "slow-back"])) {
            try simulation.scenarios(named: "nope")
        }
        #expect(try simulation.scenarios(named: "all").map(\.name) == ["baseline", "slow-back"])
    }
}
