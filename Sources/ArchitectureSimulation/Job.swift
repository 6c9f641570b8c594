/// One request or message at one component, from its arrival there until it answers. Jobs live in a
/// pool and are reused, so the hot loop allocates none.
struct Job {
    enum Role: UInt8 {
        /// A synchronous request: a workflow's external request or a call from another job.
        case request
        /// A message a subscriber handles: it answers nobody, and waits instead of being rejected.
        case message
        /// A message passing through its broker; `publishList` holds the topic.
        case brokerHop
    }

    var station: Int32 = 0
    var context: Int32 = 0
    /// The invocation waiting for this job, or -1.
    var parent: Int32 = -1
    /// The attempt of `parent` this job answers; a timed-out attempt no longer matches (wasted work).
    var serial: UInt32 = 0
    /// The workflow of an external request, or -1.
    var workflow: Int32 = -1
    var stage: Int32 = 0
    var stageEnd: Int32 = 0
    /// Invocations of the current stage still running.
    var pending: Int32 = 0
    var publishList: Int32 = -1
    var depth: Int32 = 0
    var role = Role.request
    var failed = false
    var degraded = false
    /// Counted in the station's in-flight requests (released when the job answers).
    var holdsSlot = false
    /// True while the job starts a stage's invocations, so one that ends at once does not re-enter it.
    var starting = false
    /// Topics on this message chain (bit `topic % 64`): a chain never passes through a topic twice.
    var chain: UInt64 = 0
    /// When the job reached its station.
    var arrival = 0.0
    /// When the external request arrived (workflow requests only).
    var start = 0.0
}

/// One call of a job to a callee: its `per_request` repeats, each with its attempts.
struct Invocation {
    var job: Int32 = 0
    var call: Int32 = 0
    var repeatsLeft: Int32 = 0
    var retriesLeft: Int32 = 0
    var retryIndex: Int32 = 0
    /// The attempt outstanding, or 0 when none is (attempt serials start at 1 and never repeat).
    var serial: UInt32 = 0
    var probe = false
}

/// A free-list pool of values addressed by Int32 index.
struct Pool<Element> {
    private(set) var items: [Element] = []
    private var free: [Int32] = []
    private let empty: Element

    init(empty: Element) { self.empty = empty }

    @inline(__always) mutating func allocate() -> Int32 {
        if let index = free.popLast() {
            items[Int(index)] = empty
            return index
        }
        items.append(empty)
        return Int32(items.count - 1)
    }

    @inline(__always) mutating func release(_ index: Int32) { free.append(index) }

    @inline(__always) subscript(index: Int32) -> Element {
        get { items[Int(index)] }
        _modify { yield &items[Int(index)] }
    }
}
