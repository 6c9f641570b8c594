import ArchitectureSimulation
import Foundation
import Testing

@Suite struct RandomStreamTests {
    @Test func sameSeedAndPurposeRepeatOthersDiffer() {
        var first = RandomStream(seed: 42, purpose: .arrivals)
        var second = RandomStream(seed: 42, purpose: .arrivals)
        var other = RandomStream(seed: 42, purpose: .jitter)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func exponentialAndNormalHaveTheirMoments() {
        var stream = RandomStream(seed: 7, purpose: .serviceTimes)
        let count = 200_000
        var sum = 0.0
        var normalSum = 0.0
        var normalSquares = 0.0
        for _ in 0..<count {
            sum += stream.exponential(mean: 2)
            let z = stream.normal()
            normalSum += z
            normalSquares += z * z
        }
        #expect(abs(sum / Double(count) - 2) < 0.03)
        #expect(abs(normalSum / Double(count)) < 0.01)
        #expect(abs(normalSquares / Double(count) - 1) < 0.02)
    }

    /// model.md: sigma solves ln(p99 / mean) = 2.3263 sigma - sigma^2 / 2 (the smaller root).
    @Test func lognormalSigmaSolvesTheP99Equation() throws {
        let sigma = try #require(Lognormal.sigma(p99: 0.02, mean: 0.005))
        #expect(abs(2.3263 * sigma - sigma * sigma / 2 - log(4)) < 1e-12)
        #expect(sigma < 2.3263)
        #expect(Lognormal.sigma(p99: 0.005, mean: 0.005) == nil)
    }
}
