import Foundation

/// xoshiro256** seeded through SplitMix64: fast, and the same seed and purpose give the same numbers
/// on every machine. The simulator keeps one stream per purpose, so adding a draw for one purpose
/// (say, jitter) does not shift the numbers of another (say, arrivals).
package struct RandomStream {
    package enum Purpose: UInt64 {
        case arrivals = 1
        case serviceTimes, jitter, balancing
    }

    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    package init(seed: UInt64, purpose: Purpose) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 ^ purpose.rawValue &* 0xD1B5_4A32_D192_ED03
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    @inline(__always) package mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1).
    @inline(__always) package mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Exponential with the given mean.
    @inline(__always) package mutating func exponential(mean: Double) -> Double {
        -mean * log1p(-uniform())
    }

    /// Standard normal by the Box-Muller transform (one of the pair; the other is dropped for simplicity).
    package mutating func normal() -> Double {
        let radius = (-2 * log1p(-uniform())).squareRoot()
        return radius * cos(2 * Double.pi * uniform())
    }
}
