import ArchitectureReview
import Testing

@Suite struct WordingTests {
    @Test(arguments: [(0.9995, "99.95%"), (0.932114, "93.2114%"), (1.0, "100%"), (0.0046841, "0.4684%")])
    func percentages(_ fraction: Double, _ text: String) {
        #expect(Wording.percent(fraction) == text)
    }

    @Test(arguments: [(2.0, "2"), (2.5, "2.5"), (1.3499999, "1.35"), (27_000, "27000"), (0.1, "0.1")])
    func numbers(_ value: Double, _ text: String) {
        #expect(Wording.number(value, decimals: 2) == text)
    }

    @Test func listsShortenLongOnes() {
        #expect(Wording.list(["a"]) == "a")
        #expect(Wording.list(["a", "b"]) == "a and b")
        #expect(Wording.list(["a", "b", "c"]) == "a, b and c")
        #expect(Wording.list(["a", "b", "c", "d"], limit: 2) == "a, b and 2 more")
        #expect(Wording.count(1, "replica") == "1 replica")
        #expect(Wording.count(3, "replica") == "3 replicas")
    }
}
