import ArchitectureOutput
import Testing

/// Each format on values worked by hand.
@Suite struct NumberTextTests {
    @Test(arguments: [(0.9995, "99.95%"), (0.932114, "93.2114%"), (1.0, "100%"), (0.0046841, "0.4684%")])
    func percentages(_ fraction: Double, _ text: String) {
        #expect(NumberText.percent(fraction) == text)
    }

    @Test(arguments: [(2.0, "2"), (2.5, "2.5"), (1.3499999, "1.35"), (27_000, "27000"), (0.1, "0.1"), (-0.004, "0")])
    func decimals(_ value: Double, _ text: String) {
        #expect(NumberText.decimal(value, decimals: 2) == text)
    }

    @Test func nonFiniteValuesAreWords() {
        #expect(NumberText.decimal(.infinity) == "infinity")
        #expect(NumberText.decimal(-.infinity) == "-infinity")
        #expect(NumberText.decimal(.nan) == "nan")
        #expect(NumberText.decimal(1e20) == "1e+20")
    }

    @Test(arguments: [
        (9_700, "$9,700"), (1_234.5, "$1,234.5"), (-1_234_567.891, "-$1,234,567.89"), (0, "$0"), (999, "$999"),
    ])
    func money(_ value: Double, _ text: String) {
        #expect(NumberText.money(value) == text)
    }

    @Test func milliseconds() {
        #expect(NumberText.milliseconds(12.5) == "12.5 ms")
        #expect(NumberText.milliseconds(3.14159) == "3.14 ms")
        #expect(NumberText.milliseconds(3.14159, decimals: 1) == "3.1 ms")
    }

    /// Never an exponent: `1e-05` would read back in YAML 1.1 as a string.
    @Test(arguments: [
        (0.00001, 15, "0.00001"), (99.95, 4, "99.95"), (2, 4, "2"), (1e20, 2, "100000000000000000000"),
        (0.126, 2, "0.13"),
    ])
    func plainNotation(_ value: Double, _ places: Int, _ text: String) {
        #expect(NumberText.plain(value, places: places) == text)
    }
}
