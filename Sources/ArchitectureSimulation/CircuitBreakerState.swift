import ArchitectureModel

/// One caller->callee circuit breaker (simulation.md): closed until the window holds at least
/// `min_calls` attempts with a failure share >= `failure_rate`; then open for `open_for`; then one
/// half-open probe decides whether it closes or opens again.
struct CircuitBreakerState {
    enum Phase {
        case closed, open, halfOpen
    }

    var phase = Phase.closed
    var openUntil = 0.0
    var probing = false

    enum Admission {
        case allowed, probe, rejected
    }

    mutating func admit(at time: Double) -> Admission {
        switch phase {
        case .closed: return .allowed
        case .open:
            guard time >= openUntil else { return .rejected }
            phase = .halfOpen
            probing = true
            return .probe
        case .halfOpen:
            guard !probing else { return .rejected }
            probing = true
            return .probe
        }
    }

    /// Records an attempt's outcome; returns true when the breaker opens because of it.
    mutating func record(
        failed: Bool,
        probe: Bool,
        at time: Double,
        window: inout CallWindow,
        settings: CircuitBreaker
    ) -> Bool {
        if probe {
            probing = false
            if failed {
                phase = .open
                openUntil = time + settings.openFor.seconds
                return true
            }
            phase = .closed
            window.reset()
            return false
        }
        guard phase == .closed, failed else { return false }
        let counts = window.total(at: time)
        guard counts.attempts >= settings.minCalls,
            Double(counts.failures) >= settings.failureRate * Double(counts.attempts)
        else { return false }
        phase = .open
        openUntil = time + settings.openFor.seconds
        return true
    }
}
