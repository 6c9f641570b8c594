/// The strongly connected components of a directed graph, by Tarjan's algorithm with an explicit
/// stack: a chain of 100,000 calls cannot overflow the thread's stack.
package struct StronglyConnectedComponents: Sendable {
    /// Each component's vertices; components come out callees first (reverse topological order).
    package let components: [[Int]]
    /// The position in `components` of each vertex's component.
    package let componentOf: [Int]

    /// `successors[v]` lists the vertices that `v` has an edge to.
    package init(successors: [[Int]]) {
        let count = successors.count
        var order = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var componentOf = [Int](repeating: -1, count: count)
        var counter = 0
        for root in 0..<count where order[root] == -1 {
            var work: [(vertex: Int, next: Int)] = [(root, 0)]
            order[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (vertex, next) = work.last {
                if next < successors[vertex].count {
                    work[work.count - 1].next += 1
                    let successor = successors[vertex][next]
                    if order[successor] == -1 {
                        order[successor] = counter
                        low[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack[successor] = true
                        work.append((successor, 0))
                    } else if onStack[successor] {
                        low[vertex] = min(low[vertex], order[successor])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.vertex { low[parent] = min(low[parent], low[vertex]) }
                guard low[vertex] == order[vertex] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    componentOf[member] = components.count
                    component.append(member)
                    if member == vertex { break }
                }
                components.append(component)
            }
        }
        self.components = components
        self.componentOf = componentOf
    }
}
