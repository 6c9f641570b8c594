import ArchitectureAnalysis
import ArchitectureLoading
import ArchitectureModel
import Testing

enum ArchitectureLoadingForTests {
    static func load(_ yaml: String) -> SystemModel? { ModelLoader.load(text: yaml, file: "test.yaml").model }
}

@Suite struct LoadAndLatencyTests {
    /// per_request 3: orders gets 3 x 100/s and so does the store it uses; the gateway's store 100/s.
    @Test func perRequestMultipliesLoad() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 200}}
            services:
              gw: {calls: [{to: orders, per_request: 3}], uses: [sessions]}
              orders: {uses: [db], calls: [{to: tax, per_request: 0.5}]}
              tax: {}
            datastores: {db: {}, sessions: {}}
            workflows: {buy: {entry: gw, share: 50%}, other: {entry: tax, share: 50%}}
            """
        )
        #expect(try report.component("gw").loadRPS == 100)
        #expect(try report.component("orders").loadRPS == 300)
        #expect(try report.component("db").loadRPS == 300)
        #expect(try report.component("sessions").loadRPS == 100)
        #expect(try report.component("tax").loadRPS == 150 + 100)  // 300 x 0.5 from orders, 100 as an entry
        #expect(try report.workflow("buy").loadRPS == 100)
    }

    /// Messages: a publish per synchronous request, subscribers carry it on, long-form publishes
    /// chain, and a topic never repeats on its chain.
    @Test func messagesFlowThroughSubscribers() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100}}
            services:
              orders: {publishes: [placed]}
              billing: {subscribes: [{topic: placed, publishes: [billed]}], uses: [ledger], calls: [{to: fx, per_request: 2}]}
              fx: {}
              mailer: {subscribes: [billed, placed]}
              audit: {subscribes: [{topic: billed, publishes: [placed]}]}
            datastores: {ledger: {}}
            brokers: {bus: {}}
            topics: {placed: {broker: bus}, billed: {broker: bus}}
            workflows: {order: {entry: orders}}
            """
        )
        // placed 100/s -> billing 100 -> billed 100 -> mailer, audit; audit's `placed` repeats: dropped.
        #expect(try report.component("billing").loadRPS == 100)
        #expect(try report.component("ledger").loadRPS == 100)
        #expect(try report.component("fx").loadRPS == 200)
        #expect(try report.component("mailer").loadRPS == 200)  // 100 placed + 100 billed
        #expect(try report.component("audit").loadRPS == 100)
        #expect(try report.component("bus").loadRPS == 200)  // messages published: placed + billed
        #expect(report.notes.contains { $0.contains("`audit` publishing `placed` again") })
        // Subscribers are asynchronous: not dependencies of the workflow.
        #expect(try report.workflow("order").hardDependencies == ["bus", "orders"])
    }

    /// A loop of topics below a plain one, with a service on the loop that also takes requests from
    /// upstream: start 100/s -> a 100 -> b 2 x 100 -> loop1 200/s -> c 200 (calls b: +200; b's loop1
    /// repeats: dropped) -> loop2 200/s -> d 200 (its loop1 repeats: dropped), e 200 -> f 200.
    @Test func loopsBelowPlainTopicsKeepTheChainRule() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100}}
            services:
              api: {publishes: [start]}
              a: {subscribes: [start], calls: [{to: b, per_request: 2}]}
              b: {publishes: [loop1]}
              c: {subscribes: [{topic: loop1, publishes: [loop2]}], calls: [{to: b}]}
              d: {subscribes: [{topic: loop2, publishes: [loop1]}]}
              e: {subscribes: [loop2], calls: [{to: f}]}
              f: {}
            brokers: {bus: {}}
            topics: {start: {broker: bus}, loop1: {broker: bus}, loop2: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        let expected: [String: Double] = [
            "api": 100, "a": 100, "b": 400, "c": 200, "d": 200, "e": 200, "f": 200, "bus": 100 + 200 + 200,
        ]
        for (name, load) in expected { #expect(try report.component(name).loadRPS == load, "\(name)") }
        #expect(
            report.notes.filter { $0.hasPrefix("w:") } == [
                "w: `b` publishing `loop1` again on its message chain is dropped",
                "w: `d` publishing `loop1` again on its message chain is dropped",
            ]
        )
    }

    /// A subscription that publishes its own topic: a loop of one topic, so the repeat is dropped.
    @Test func aSubscriptionRepublishingItsTopicIsDropped() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 10}}
            services:
              api: {publishes: [t]}
              echo: {subscribes: [{topic: t, publishes: [t]}], calls: [{to: log, per_request: 3}]}
              log: {}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        #expect(try report.component("echo").loadRPS == 10)
        #expect(try report.component("log").loadRPS == 30)
        #expect(try report.component("bus").loadRPS == 10)
        #expect(
            report.notes.filter { $0.hasPrefix("w:") } == [
                "w: `echo` publishing `t` again on its message chain is dropped"
            ]
        )
    }

    /// Two workflows, one of whose messages reach a subscriber with a call cycle: that one adds no
    /// load anywhere, the other adds its load as usual, even through the same topic's other subscriber.
    @Test func aCycleBelowATopicVoidsOnlyTheWorkflowsThatReachIt() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100}}
            services:
              web: {publishes: [viewed]}
              api: {publishes: [ordered]}
              stats: {subscribes: [viewed, ordered]}
              fulfil: {subscribes: [ordered], calls: [{to: x}]}
              x: {calls: [{to: y}]}
              y: {calls: [{to: x}]}
            brokers: {bus: {}}
            topics: {viewed: {broker: bus}, ordered: {broker: bus}}
            workflows: {browse: {entry: web, share: 60%}, buy: {entry: api, share: 40%}}
            """
        )
        #expect(try report.workflow("buy").loadRPS == nil)
        #expect(try report.workflow("buy").cycle == ["x", "y"])
        #expect(try report.component("api").loadRPS == 0)
        #expect(try report.component("web").loadRPS == 60)
        #expect(try report.component("stats").loadRPS == 60)
        #expect(try report.component("fulfil").loadRPS == 0)
        #expect(try report.component("bus").loadRPS == 60)
        #expect(report.notes.contains("buy: synchronous call cycle x -> y -> x; no load or latency figures"))
    }

    /// Ten topics, each handled by a subscriber that publishes all the others: every chain of distinct
    /// topics from t0 is a path of messages. s_i (i > 0) handles one message per simple path from t0 to
    /// t_i in the complete graph of 10 topics: sum over k of 8!/(8-k)! = 109,601. Walking each path
    /// would take minutes; the answer must come at once.
    @Test(.timeLimit(.minutes(3))) func denseEventMeshesStayFast() throws {
        let topics = (0..<10).map { "t\($0)" }
        var yaml = """
            architect: 1
            system: {name: s, requirements: {peak_rps: 1}}
            services:
              api: {publishes: [t0]}

            """
        for (index, topic) in topics.enumerated() {
            let others = topics.filter { $0 != topic }.joined(separator: ", ")
            yaml += "  s\(index): {subscribes: [{topic: \(topic), publishes: [\(others)]}]}\n"
        }
        yaml += "brokers: {bus: {}}\ntopics:\n"
        for topic in topics { yaml += "  \(topic): {broker: bus}\n" }
        yaml += "workflows: {w: {entry: api}}\n"
        let report = try analyze(yaml)
        #expect(try report.component("s0").loadRPS == 1)
        for index in 1..<10 {
            #expect(try report.component("s\(index)").loadRPS == 109_601)
        }
        #expect(try report.component("bus").loadRPS == 1 + 9 * 109_601)
    }

    /// L(gw) = R(gw) + R(db) + max(L(a), L(b)) for a parallel group, + 2 x L(c) for a call made twice.
    @Test func parallelGroupsCountTheirSlowestMember() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 0}}
            services:
              gw:
                service_time: 1ms
                uses: [db]
                calls:
                  - {to: a, parallel: g}
                  - {to: b, parallel: g}
                  - {to: c, per_request: 2}
              a: {service_time: 10ms}
              b: {service_time: 20ms}
              c: {service_time: 5ms}
            datastores: {db: {service_time: 2ms}}
            workflows: {w: {entry: gw}}
            """
        )
        let workflow = try report.workflow("w")
        // No load, so every mean response is its service time: 1 + 2 + max(10, 20) + 2 x 5 = 33 ms.
        #expect(close(workflow.meanLatencyMS, 33))
        #expect(workflow.criticalPath == ["gw", "b"])
    }

    /// The M/M/c wait enters the latency: gw at 50/s of 10 ms on one server responds in 20 ms.
    @Test func latencyUsesQueueingResponse() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 50}}
            services: {gw: {service_time: 10ms}}
            workflows: {w: {entry: gw}}
            """
        )
        #expect(close(try report.workflow("w").meanLatencyMS, 20))
        #expect(close(try report.component("gw").utilization, 0.5))
    }

    /// A synchronous cycle: no load, latency or retry figures; availability as usual; a note.
    @Test func cyclesYieldNullFigures() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100}}
            services:
              a: {service_time: 1ms, calls: [{to: b, retries: 2}]}
              b: {service_time: 1ms, calls: [{to: a}]}
            workflows: {loop: {entry: a}}
            """
        )
        let workflow = try report.workflow("loop")
        #expect(workflow.loadRPS == nil)
        #expect(workflow.meanLatencyMS == nil)
        #expect(workflow.maxAttempts == nil)
        #expect(workflow.worstRetryPath == nil)
        #expect(workflow.cycle == ["a", "b"])
        #expect(workflow.hardDependencies == ["a", "b"])
        #expect(close(workflow.availability, 0.9999 * 0.995 * 0.995))
        #expect(try report.component("a").loadRPS == 0)
        #expect(report.notes.contains("loop: synchronous call cycle a -> b -> a; no load or latency figures"))
    }

    /// A call cycle elsewhere in the model leaves the other workflows' latency and retries as they are.
    @Test func aCycleElsewhereLeavesOtherWorkflowsFigures() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 0}}
            services:
              gw: {service_time: 1ms, calls: [{to: a, retries: 2}]}
              a: {service_time: 2ms, calls: [{to: b, per_request: 2}]}
              b: {service_time: 4ms}
              x: {calls: [{to: y}]}
              y: {calls: [{to: x}]}
            workflows: {w: {entry: gw}, stepped: {entry: gw, steps: [gw -> a]}, loop: {entry: x}}
            """
        )
        // No load: each mean response is its service time. 1 + (2 + 2 x 4) = 11 ms; with steps 1 + 2.
        #expect(close(try report.workflow("w").meanLatencyMS, 11))
        #expect(try report.workflow("w").criticalPath == ["gw", "a", "b"])
        #expect(try report.workflow("w").maxAttempts == 3)
        #expect(close(try report.workflow("stepped").meanLatencyMS, 3))
        #expect(try report.workflow("stepped").worstRetryPath == ["gw", "a"])
        #expect(try report.workflow("loop").cycle == ["x", "y"])
    }

    /// A cycle reached only through a subscriber's calls voids the workflow's load too.
    @Test func cyclesThroughSubscribersVoidTheLoad() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100}}
            services:
              api: {publishes: [t]}
              worker: {subscribes: [t], calls: [{to: x}]}
              x: {calls: [{to: y}]}
              y: {calls: [{to: x}]}
            brokers: {bus: {}}
            topics: {t: {broker: bus}}
            workflows: {w: {entry: api}}
            """
        )
        #expect(try report.workflow("w").loadRPS == nil)
        #expect(try report.component("api").loadRPS == 0)
    }

    /// Retries: the worst product along a path; ties go to the longest path, then name order.
    @Test func retryAmplificationFollowsTheWorstPath() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            services:
              gw: {calls: [{to: b, retries: 2}, {to: a, retries: 2}]}
              a: {calls: [{to: c, retries: {max: 1}}]}
              b: {calls: [{to: c, retries: 1, fallback: cached}]}
              c: {calls: [{to: d}]}
              d: {}
              quiet: {calls: [{to: d}]}
            workflows: {w: {entry: gw}, q: {entry: quiet}}
            """
        )
        let workflow = try report.workflow("w")
        #expect(workflow.maxAttempts == 6)  // 3 x 2, via a or b (soft calls count too)
        #expect(workflow.worstRetryPath == ["gw", "a", "c", "d"])  // tie: same length, `a` before `b`
        let quiet = try report.workflow("q")
        #expect(quiet.maxAttempts == 1)
        #expect(quiet.worstRetryPath == ["quiet"])
    }

    /// Steps limit the call graph: calls not selected add no load, latency or dependency.
    @Test func stepsLimitTheCallGraph() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 10}}
            services:
              gw: {calls: [{to: a}, {to: b}]}
              a: {}
              b: {}
            workflows: {w: {entry: gw, steps: [gw -> a]}}
            """
        )
        #expect(try report.workflow("w").hardDependencies == ["a", "gw"])
        #expect(try report.component("b").loadRPS == 0)
    }

    @Test func saturationVoidsMeanResponseAndLatency() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 150, growth: 2}}
            services: {gw: {service_time: 10ms, autoscale: {min: 1, max: 4, target_utilization: 60%}}}
            workflows: {w: {entry: gw}}
            """
        )
        let gw = try report.component("gw")
        #expect(gw.saturated == true)
        #expect(close(gw.utilization, 1.5))
        #expect(gw.meanResponseMS == nil)
        #expect(gw.replicasNeeded == 3)  // 1.5 / 0.6 = 2.5 -> 3
        #expect(gw.replicasNeededAtGrowth == 5)  // 3 / 0.6 = 5
        #expect(try report.workflow("w").meanLatencyMS == nil)
        #expect(report.firstToSaturate?.component == "gw")
        #expect(close(report.firstToSaturate?.multipleOfPeak, 1 / 1.5))
    }

    @Test func costAndBudget() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s, requirements: {peak_rps: 1000, growth: 10, budget_monthly: 500}}
            services:
              gw: {replicas: 2, service_time: 1ms, cost_per_replica: 100}
              free: {replicas: 3}
            datastores: {db: {replicas: 2, cost_per_replica: 50}}
            workflows: {w: {entry: gw}}
            """
        )
        #expect(report.cost.monthly == 2 * 100 + 2 * 50)
        // At growth gw needs 10000 x 1 ms / 0.7 = 14.3 -> 15 replicas; db has no service time: 2 stay.
        #expect(report.cost.monthlyAtGrowth == 15 * 100 + 2 * 50)
        #expect(report.cost.withinBudget == true)
        #expect(report.cost.budgetMonthly == 500)
    }

    @Test func overridesAnswerWhatIfQuestions() throws {
        let yaml = """
            architect: 1
            system: {name: s, requirements: {peak_rps: 100, growth: 10}}
            services: {gw: {service_time: 10ms}}
            workflows: {w: {entry: gw}}
            """
        let report = try analyze(yaml, options: .init(peakRPS: 20, growth: 2))
        #expect(try report.component("gw").loadRPS == 20)
        #expect(report.growth == 2)
        #expect(try report.component("gw").replicasNeededAtGrowth == 1)  // 40 x 10 ms / 0.7 = 0.57
    }
}
