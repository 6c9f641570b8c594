/// What happens at an event; the payload fields `a` and `b` mean what each kind says.
package enum EventKind: UInt8 {
    /// The next external request of workflow `a`; `b` is the stream's generation (stale ones are dropped).
    case arrival
    /// Job `a` has had its service time.
    case serviceDone
    /// Job `a` fails (rejected, down, or erroring; or after hanging on a down replica).
    case jobFailed
    /// Attempt `b` of invocation `a` reached its timeout.
    case timeout
    /// Invocation `a` makes its next attempt after the backoff.
    case retry
    /// Fault `a` starts (`b` = 1) or ends (`b` = 0).
    case fault
}

/// One pending event: 32 bytes, stored inline in the heap's array.
package struct Event {
    package var time: Double
    /// Insertion order, so events at the same time run first-in first-out (deterministic ties).
    package var sequence: UInt64
    package var kind: EventKind
    package var a: Int32
    package var b: UInt32

    @inline(__always) func precedes(_ other: Event) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }
}

/// The pending-event set: a binary min-heap on (time, sequence) in one array that only grows to the
/// largest number of pending events, so scheduling allocates nothing once the run is warm. Cancelled
/// timers are not removed; the engine drops them when they come out (cheaper than a search).
package struct EventQueue {
    private var heap: [Event] = []
    private var sequence: UInt64 = 0

    package init() { heap.reserveCapacity(1024) }

    package var isEmpty: Bool { heap.isEmpty }

    @inline(__always) package mutating func schedule(_ kind: EventKind, at time: Double, a: Int32, b: UInt32 = 0) {
        let event = Event(time: time, sequence: sequence, kind: kind, a: a, b: b)
        sequence &+= 1
        heap.append(event)
        // Sift up by moving the hole instead of swapping.
        var hole = heap.count - 1
        while hole > 0 {
            let parent = (hole - 1) >> 1
            guard event.precedes(heap[parent]) else { break }
            heap[hole] = heap[parent]
            hole = parent
        }
        heap[hole] = event
    }

    @inline(__always) package mutating func pop() -> Event? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        let first = heap[0]
        let count = heap.count
        var hole = 0
        while true {
            var child = 2 * hole + 1
            guard child < count else { break }
            if child + 1 < count, heap[child + 1].precedes(heap[child]) { child += 1 }
            guard heap[child].precedes(last) else { break }
            heap[hole] = heap[child]
            hole = child
        }
        heap[hole] = last
        return first
    }
}
