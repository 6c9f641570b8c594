import ArchitectTestSupport
import ArchitectureAnalysis
import Foundation
import Testing

@Suite struct AvailabilityTests {
    static let p = 0.9999  // zone
    static let a = 0.995  // replica
    static let q = 1 - a

    /// Three replicas in one zone: the zone must be up, then one replica of three.
    @Test func oneZone() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a]}
            services: {api: {replicas: 3}}
            workflows: {read: {entry: api}}
            """
        )
        let expected = Self.p * (1 - Self.q * Self.q * Self.q)
        #expect(close(try report.component("api").availability, expected))
        #expect(close(try report.workflow("read").availability, expected))
    }

    /// Two replicas over zones a and b: both zones up, or exactly one up with its replica up.
    @Test func twoZones() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b]}
            services: {api: {replicas: 2, zones: [a, b]}}
            """
        )
        let p = Self.p
        let expected = p * p * (1 - Self.q * Self.q) + 2 * p * (1 - p) * Self.a
        #expect(close(try report.component("api").availability, expected))
    }

    /// Two components in the same zone fail together with it: the zone counts once, so the workflow
    /// is p (1 - q^2)(1 - q^3), more than the product of the two availabilities, p^2 (1 - q^2)(1 - q^3).
    @Test func sharedZoneCountsOnce() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a]}
            services:
              api: {replicas: 2, uses: [db], calls: [{to: auth}]}
              auth: {replicas: 3}
            datastores: {db: {replicas: 1, instance_availability: 99.9%}}
            workflows: {read: {entry: api}}
            """
        )
        let q = Self.q
        let expected = Self.p * (1 - q * q) * (1 - q * q * q) * 0.999
        let workflow = try report.workflow("read")
        #expect(close(workflow.availability, expected))
        let naive = try ["api", "auth", "db"].map { try report.component($0).availability }.reduce(1, *)
        #expect(workflow.availability > naive)
        #expect(workflow.hardDependencies == ["api", "auth", "db"])
    }

    /// A call with a fallback, a cache, and a publish through an outbox add nothing; a plain publish adds the broker.
    @Test func softDependenciesAreExcluded() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            services:
              api:
                uses: [cache]
                publishes: [done]
                calls: [{to: recs, fallback: cached}, {to: orders}]
              recs: {}
              orders: {outbox: true, publishes: [placed], uses: [db]}
            datastores: {cache: {role: cache}, db: {}}
            brokers: {bus: {}, other: {}}
            topics: {done: {broker: bus}, placed: {broker: other}}
            workflows: {w: {entry: api}}
            """
        )
        #expect(try report.workflow("w").hardDependencies == ["api", "bus", "db", "orders"])
        // One zone, every component one replica: p x a^4.
        #expect(close(try report.workflow("w").availability, Self.p * pow(Self.a, 4)))
    }

    /// An external service sits in no zone: its replicas alone decide.
    @Test func externalServicesSitInNoZone() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b]}
            services:
              api: {calls: [{to: psp}]}
              psp: {kind: external, replicas: 2, instance_availability: 99%}
            workflows: {pay: {entry: api}}
            """
        )
        #expect(close(try report.component("psp").availability, 1 - 0.01 * 0.01))
        #expect(try report.component("psp").zones.isEmpty)
        #expect(close(try report.workflow("pay").availability, Self.p * Self.a * (1 - 0.01 * 0.01)))
    }

    /// Zone outages: with zone a down, a workflow whose only replica is in a fails; the other lives
    /// on zone b alone.
    @Test func zoneOutageBlastRadius() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b]}
            services:
              one: {}
              spread: {replicas: 2, zones: [a, b]}
            workflows: {fragile: {entry: one}, sturdy: {entry: spread}}
            """
        )
        let outage = try #require(report.zoneOutages.first { $0.zone == "a" })
        #expect(outage.workflowsDown == ["fragile"])
        let sturdy = try #require(outage.workflowAvailability.first { $0.workflow == "sturdy" })
        #expect(close(sturdy.availability, Self.p * Self.a))
        #expect(report.zoneOutages.first { $0.zone == "b" }?.workflowsDown == [])
    }

    /// The loss of a component is what the workflow would gain if it never failed; the gain of one
    /// more replica is the workflow's availability with it minus without.
    @Test func largestLossesAndReplicaGains() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b]}
            services:
              api: {replicas: 2, zones: [a, b], calls: [{to: pay}]}
              pay: {replicas: 1, zones: [a, b]}
            workflows: {w: {entry: api}}
            """
        )
        let p = Self.p
        let q = Self.q
        let api = p * p * (1 - q * q) + 2 * p * (1 - p) * Self.a  // its two replicas over a and b
        // State by state: pay's one replica is in a.
        let actual = p * p * (1 - q * q) * Self.a + p * (1 - p) * Self.a * Self.a
        let workflow = try report.workflow("w")
        #expect(close(workflow.availability, actual))
        let pay = try #require(workflow.largestLosses.first)
        #expect(pay.component == "pay")
        #expect(close(pay.loss, api - actual))
        // With a second replica in b, pay has the same layout as api: the workflow is P(both up).
        let withTwo = p * p * (1 - q * q) * (1 - q * q) + 2 * p * (1 - p) * Self.a * Self.a
        #expect(close(pay.gainFromOneMoreReplica, withTwo - actual))
    }

    /// One more replica of `api` goes to zone b, where nothing of the workflow sits yet: the new
    /// replica is up only while b is, independently of a.
    @Test func replicaGainInAZoneNothingElseUses() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b]}
            services: {api: {replicas: 1, zones: [a, b]}}
            workflows: {w: {entry: api}}
            """
        )
        let up = Self.p * Self.a  // a replica is up when its zone and itself are
        let workflow = try report.workflow("w")
        #expect(close(workflow.availability, up))
        let api = try #require(workflow.largestLosses.first)
        #expect(close(api.gainFromOneMoreReplica, 1 - (1 - up) * (1 - up) - up))
    }

    /// Monte Carlo: sample zone and replica states; the exact sum must lie within 4 standard errors.
    @Test func zoneStateSumAgreesWithMonteCarlo() throws {
        let report = try analyze(
            """
            architect: 1
            system: {name: s}
            zones: {names: [a, b, c], availability: 90%}
            services:
              api: {replicas: 2, zones: [a, b], instance_availability: 80%, calls: [{to: pay}], uses: [db]}
              pay: {replicas: 3, zones: [b, c], instance_availability: 70%}
            datastores: {db: {replicas: 2, zones: [c, a], instance_availability: 85%}}
            workflows: {w: {entry: api}}
            """
        )
        let exact = try report.workflow("w").availability
        var random = RepeatableRandomNumberGenerator(seed: 42)
        let samples = 200_000
        var successes = 0
        // replica zones: api a,b; pay b,c,b; db c,a
        let layouts: [(zones: [Int], up: Double)] = [([0, 1], 0.8), ([1, 2, 1], 0.7), ([2, 0], 0.85)]
        for _ in 0..<samples {
            let zoneUp = (0..<3).map { _ in Double.random(in: 0..<1, using: &random) < 0.9 }
            let allUp = layouts.allSatisfy { layout in
                layout.zones.contains { zoneUp[$0] && Double.random(in: 0..<1, using: &random) < layout.up }
            }
            if allUp { successes += 1 }
        }
        let estimate = Double(successes) / Double(samples)
        let standardError = sqrt(exact * (1 - exact) / Double(samples))
        #expect(abs(estimate - exact) < 4 * standardError, "exact \(exact), sampled \(estimate)")
    }

    @Test func moreThanTwentyZonesIsAClearError() throws {
        let names = (0..<21).map { "z\($0)" }.joined(separator: ", ")
        let result = ArchitectureLoadingForTests.load("architect: 1\nsystem: {name: s}\nzones: {names: [\(names)]}\n")
        let model = try #require(result)
        let error = #expect(throws: ZoneAvailability.TooManyZones.self) { try Analyzer(model) }
        #expect(error?.description.contains("the model has 21 zones") == true)
        #expect(error?.description.contains("at most 20") == true)
    }
}
