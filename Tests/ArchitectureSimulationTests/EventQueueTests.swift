import ArchitectureSimulation
import Testing

@Suite struct EventQueueTests {
    @Test(arguments: [1, 7, 1000]) func popsInTimeOrderAndTiesFirstInFirstOut(_ count: Int) {
        var queue = EventQueue()
        var random = RandomStream(seed: UInt64(count), purpose: .arrivals)
        for index in 0..<count {
            // Coarse times make many ties, which must come out in insertion order.
            queue.schedule(.arrival, at: Double(Int(random.uniform() * 10)), a: Int32(index))
        }
        var popped: [Event] = []
        while let event = queue.pop() { popped.append(event) }
        #expect(popped.count == count)
        for (earlier, later) in zip(popped, popped.dropFirst()) {
            #expect(earlier.time < later.time || (earlier.time == later.time && earlier.a < later.a))
        }
    }

    @Test func emptyQueuePopsNothing() {
        var queue = EventQueue()
        #expect(queue.pop()?.time == nil)
        #expect(queue.isEmpty)
    }
}
