import ArchitectureReview
import Testing

@Suite struct ElementaryCyclesTests {
    /// Every vertex calls every other: n = 3 has 3 two-cycles and 2 three-cycles.
    static func complete(_ count: Int) -> [[Int]] {
        (0..<count).map { vertex in (0..<count).filter { $0 != vertex } }
    }

    @Test func listsEveryCycleOfACompleteGraphFromItsLeastVertex() {
        let listing = ElementaryCycles(successors: Self.complete(3), rank: [0, 1, 2], limit: 100)
        #expect(!listing.isCapped)
        #expect(
            listing.cycles.sorted { $0.lexicographicallyPrecedes($1) } == [
                [0, 1], [0, 1, 2], [0, 2], [0, 2, 1], [1, 2],
            ]
        )
    }

    @Test func exactlyAtTheLimitIsNotCapped() {
        let listing = ElementaryCycles(successors: Self.complete(3), rank: [0, 1, 2], limit: 5)
        #expect(listing.cycles.count == 5)
        #expect(!listing.isCapped)
        #expect(ElementaryCycles(successors: Self.complete(3), rank: [0, 1, 2], limit: 4).isCapped)
    }

    @Test func rankDecidesWhereACycleStarts() {
        let listing = ElementaryCycles(successors: [[1], [2], [0]], rank: [2, 0, 1], limit: 10)
        #expect(listing.cycles == [[1, 2, 0]])
    }

    @Test func stopsAtTheLimitAndSaysSo() {
        // K8 holds thousands of elementary cycles.
        let listing = ElementaryCycles(successors: Self.complete(8), rank: Array(0..<8), limit: 50)
        #expect(listing.cycles.count == 50)
        #expect(listing.isCapped)
    }

    @Test func aLongCycleIsFoundWithoutRecursion() {
        let count = 50_000
        let successors = (0..<count).map { [($0 + 1) % count] }
        let listing = ElementaryCycles(successors: successors, rank: Array(0..<count), limit: 10)
        #expect(listing.cycles.count == 1)
        #expect(listing.cycles.first?.count == count)
    }
}
