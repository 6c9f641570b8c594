import ArchitectureAnalysis
import Foundation
import Testing

@Suite struct QueueingTests {
    /// M/M/1: W = S / (1 - rho). 50 requests/s of 10 ms: rho = 0.5, W = 20 ms.
    @Test func singleServerMatchesTheClosedForm() throws {
        let response = try #require(Queueing.meanResponse(arrivalRate: 50, serviceTime: 0.01, servers: 1))
        #expect(abs(response - 0.02) < 1e-15)
        #expect(abs((Queueing.erlangC(servers: 1, offered: 0.5) ?? 0) - 0.5) < 1e-15)  // M/M/1: P(wait) = rho
    }

    /// Textbook Erlang C: c = 2, a = 1 gives 1/3; c = 3, a = 2 gives 4/9 (by the factorial formula).
    @Test func erlangCMatchesTextbookValues() throws {
        #expect(abs((Queueing.erlangC(servers: 2, offered: 1) ?? 0) - 1.0 / 3) < 1e-15)
        #expect(abs((Queueing.erlangC(servers: 3, offered: 2) ?? 0) - 4.0 / 9) < 1e-15)
        // W = C S / (c - a) + S = (1/3) / 1 + 1 with S = 1 s, lambda = 1/s, c = 2.
        let response = try #require(Queueing.meanResponse(arrivalRate: 1, serviceTime: 1, servers: 2))
        #expect(abs(response - 4.0 / 3) < 1e-15)
        #expect(abs(Queueing.erlangB(servers: 2, offered: 1) - 0.2) < 1e-15)  // (1/2) / (1 + 1 + 1/2)
    }

    /// Thousands of servers: compare with Erlang B from logarithms, computed independently here.
    @Test func erlangStaysStableForThousandsOfServers() throws {
        let servers = 3000
        let offered = 2900.0
        var logTerms: [Double] = []
        for k in 0...servers { logTerms.append(Double(k) * log(offered) - lgamma(Double(k) + 1)) }
        let largest = logTerms.max() ?? 0
        let sum = logTerms.reduce(0) { $0 + exp($1 - largest) }
        let expected = exp(logTerms[servers] - largest) / sum
        let blocking = Queueing.erlangB(servers: servers, offered: offered)
        #expect(abs(blocking - expected) < 1e-10 * expected)
        let waiting = try #require(Queueing.erlangC(servers: servers, offered: offered))
        #expect(waiting > 0 && waiting < 1)
    }

    @Test func saturationIsNil() {
        #expect(Queueing.meanResponse(arrivalRate: 100, serviceTime: 0.01, servers: 1) == nil)
        #expect(Queueing.meanResponse(arrivalRate: 150, serviceTime: 0.01, servers: 1) == nil)
        #expect(Queueing.isSaturated(1 - 1e-12))
        #expect(!Queueing.isSaturated(0.999))
    }

    /// analysis.md: 6000 x 5 ms / (8 x 60%) = 6.25 -> 7; model.md: 700 x 1 ms / 0.7 is exactly 1 replica.
    @Test func replicasNeededRoundsUpWithTolerance() {
        #expect(Queueing.replicasNeeded(load: 6000, serviceTime: 0.005, concurrency: 8, target: 0.6) == 7)
        #expect(Queueing.replicasNeeded(load: 700, serviceTime: 0.001, concurrency: 1, target: 0.7) == 1)
        #expect(Queueing.replicasNeeded(load: 701, serviceTime: 0.001, concurrency: 1, target: 0.7) == 2)
        #expect(Queueing.replicasNeeded(load: 0, serviceTime: 0.001, concurrency: 1, target: 0.7) == 1)
    }
}
