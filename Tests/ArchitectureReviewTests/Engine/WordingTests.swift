import ArchitectureReview
import Testing

@Suite struct WordingTests {
    @Test func listsShortenLongOnes() {
        #expect(Wording.list(["a"]) == "a")
        #expect(Wording.list(["a", "b"]) == "a and b")
        #expect(Wording.list(["a", "b", "c"]) == "a, b and c")
        #expect(Wording.list(["a", "b", "c", "d"], limit: 2) == "a, b and 2 more")
        #expect(Wording.count(1, "replica") == "1 replica")
        #expect(Wording.count(3, "replica") == "3 replicas")
    }
}
