/// The last 10 simulated seconds of one call, in one-second buckets: what the retry budget and the
/// circuit breaker look at. Fixed size, so recording allocates nothing.
struct CallWindow {
    struct Counts {
        var firsts = 0
        var retries = 0
        var attempts = 0
        var failures = 0
    }

    static let seconds = 10
    private var buckets = [Counts](repeating: Counts(), count: seconds)
    private var currentSecond = 0

    /// Moves the window to the second holding `time`, clearing the seconds it leaves behind.
    @inline(__always) mutating func roll(to time: Double) {
        let second = Int(time)
        guard second > currentSecond else { return }
        let cleared = min(second - currentSecond, Self.seconds)
        for step in 1...cleared { buckets[(currentSecond + step) % Self.seconds] = Counts() }
        currentSecond = second
    }

    mutating func recordStart(at time: Double, retry: Bool) {
        roll(to: time)
        if retry {
            buckets[currentSecond % Self.seconds].retries += 1
        } else {
            buckets[currentSecond % Self.seconds].firsts += 1
        }
    }

    mutating func recordOutcome(at time: Double, failed: Bool) {
        roll(to: time)
        buckets[currentSecond % Self.seconds].attempts += 1
        if failed { buckets[currentSecond % Self.seconds].failures += 1 }
    }

    mutating func total(at time: Double) -> Counts {
        roll(to: time)
        var total = Counts()
        for bucket in buckets {
            total.firsts += bucket.firsts
            total.retries += bucket.retries
            total.attempts += bucket.attempts
            total.failures += bucket.failures
        }
        return total
    }

    mutating func reset() {
        buckets = [Counts](repeating: Counts(), count: Self.seconds)
    }

    /// simulation.md: a retry is allowed while the retries of the last 10 s are below budget x the
    /// first attempts of the last 10 s, plus 10 retries per second (100 over the window).
    mutating func allowsRetry(at time: Double, budget: Double) -> Bool {
        let counts = total(at: time)
        return Double(counts.retries) < budget * Double(counts.firsts) + Double(10 * Self.seconds)
    }
}
