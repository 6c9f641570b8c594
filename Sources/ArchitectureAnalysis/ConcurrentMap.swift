import Dispatch

extension RandomAccessCollection where Index == Int, Element: Sendable {
    /// `map` run on every core: for independent work per element (a workflow's graph, its zone
    /// states), results in the collection's order.
    package func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let elements = Array(self)
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot, so the writes never overlap.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots[index] = transform(elements[index])
        }
        return results.compactMap { $0 }
    }
}
