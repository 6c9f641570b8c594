import ArchitectureAnalysis
import Testing

@Suite struct StronglyConnectedComponentsTests {
    @Test func findsComponentsCalleesFirst() {
        // 0 -> 1 -> 2 -> 0 is one component; 3 -> 0 and 4 alone.
        let components = StronglyConnectedComponents(successors: [[1], [2], [0], [0], []])
        #expect(components.components.map { $0.sorted() }.sorted { $0[0] < $1[0] } == [[0, 1, 2], [3], [4]])
        #expect(components.componentOf[0] == components.componentOf[2])
        #expect(components.componentOf[3] > components.componentOf[0], "a caller's component comes after its callee's")
    }

    @Test func aChainOfAHundredThousandDoesNotOverflowTheStack() {
        let count = 100_000
        let successors = (0..<count).map { $0 + 1 < count ? [$0 + 1] : [0] }
        let components = StronglyConnectedComponents(successors: successors)
        #expect(components.components.count == 1)
        #expect(components.components[0].count == count)
    }
}
