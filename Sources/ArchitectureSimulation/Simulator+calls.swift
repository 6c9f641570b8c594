import ArchitectureModel

extension Simulator {
    /// Starts one call of the job: `per_request` repeats (a fractional part is a coin toss), each with
    /// its attempts. A call repeated zero times ends at once.
    mutating func startInvocation(job: Int32, call: Int32) {
        let perRequest = plan.calls[Int(call)].perRequest
        var repeats = Int32(perRequest)
        let fraction = perRequest - Double(repeats)
        if fraction > 0, balancing.uniform() < fraction { repeats += 1 }
        guard repeats > 0 else { return }
        let invocation = invocations.allocate()
        invocations[invocation].job = job
        invocations[invocation].call = call
        invocations[invocation].repeatsLeft = repeats
        invocations[invocation].retriesLeft = Int32(plan.calls[Int(call)].retries.max)
        jobs[job].pending += 1
        startAttempt(invocation, retry: false)
    }

    /// One attempt: through the circuit breaker, then a new job at the callee and a timeout timer.
    mutating func startAttempt(_ invocation: Int32, retry: Bool) {
        let call = Int(invocations[invocation].call)
        let plan = plan.calls[call]
        invocations[invocation].probe = false
        if let _ = plan.breaker {
            switch breakers[call].admit(at: now) {
            case .allowed: break
            case .probe: invocations[invocation].probe = true
            case .rejected:
                // An open breaker fails the call at once; retrying into it would fail the same way.
                finishInvocation(invocation, succeeded: false)
                return
            }
        }
        if tracked[call] { windows[call].recordStart(at: now, retry: retry) }
        let serial = nextSerial
        nextSerial = nextSerial == .max ? 1 : nextSerial + 1
        invocations[invocation].serial = serial
        let parent = jobs[invocations[invocation].job]
        let callee = Int32(plan.callee)
        let child = makeJob(
            station: callee,
            context: parent.context,
            role: .request,
            publishList: Int(callee) < self.plan.serviceCount ? callee : -1
        )
        jobs[child].parent = invocation
        jobs[child].serial = serial
        jobs[child].chain = parent.chain
        jobs[child].depth = parent.depth + 1
        admit(child)
        if plan.timeout.isFinite {
            queue.schedule(.timeout, at: now + plan.timeout, a: invocation, b: serial)
        }
    }

    /// The outstanding attempt answered, failed or timed out: repeat, retry after the backoff, or end.
    mutating func attemptEnded(_ invocation: Int32, failed: Bool, degraded: Bool, timedOut: Bool) {
        invocations[invocation].serial = 0
        let call = Int(invocations[invocation].call)
        let plan = plan.calls[call]
        if tracked[call] {
            windows[call].recordOutcome(at: now, failed: failed)
            if let settings = plan.breaker,
                breakers[call].record(
                    failed: failed,
                    probe: invocations[invocation].probe,
                    at: now,
                    window: &windows[call],
                    settings: settings
                )
            {
                stations[plan.callee].breakerOpenings += 1
            }
        }
        if timedOut { stations[plan.callee].timeouts += 1 }
        guard failed else {
            if degraded { jobs[invocations[invocation].job].degraded = true }
            invocations[invocation].repeatsLeft -= 1
            if invocations[invocation].repeatsLeft > 0 {
                invocations[invocation].retriesLeft = Int32(plan.retries.max)
                invocations[invocation].retryIndex = 0
                startAttempt(invocation, retry: false)
            } else {
                finishInvocation(invocation, succeeded: true)
            }
            return
        }
        guard invocations[invocation].retriesLeft > 0,
            plan.retries.budget.map({ windows[call].allowsRetry(at: now, budget: $0) }) ?? true
        else {
            finishInvocation(invocation, succeeded: false)
            return
        }
        invocations[invocation].retriesLeft -= 1
        stations[plan.callee].retries += 1
        let delay = backoff(plan.retries, index: Int(invocations[invocation].retryIndex))
        invocations[invocation].retryIndex += 1
        if delay > 0 {
            queue.schedule(.retry, at: now + delay, a: invocation)
        } else {
            startAttempt(invocation, retry: true)
        }
    }

    /// simulation.md: none at once, constant `base`, exponential `base * 2^k`; jitter draws in [0, that].
    private mutating func backoff(_ retries: ArchitectureModel.Retries, index: Int) -> Double {
        let delay: Double
        switch retries.backoff {
        case .none: return 0
        case .constant: delay = retries.base.seconds
        case .exponential: delay = retries.base.seconds * Double(1 << min(index, 30))
        }
        return retries.jitter ? jitter.uniform() * delay : delay
    }

    /// The call is over: a failure fails the job (hard call) or degrades it (fallback).
    mutating func finishInvocation(_ invocation: Int32, succeeded: Bool) {
        let job = invocations[invocation].job
        if !succeeded {
            if plan.calls[Int(invocations[invocation].call)].soft {
                jobs[job].degraded = true
            } else {
                jobs[job].failed = true
            }
        }
        invocations.release(invocation)
        jobs[job].pending -= 1
        if jobs[job].pending == 0, !jobs[job].starting { advance(job) }
    }
}
