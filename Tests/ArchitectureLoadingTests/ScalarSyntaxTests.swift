import ArchitectureModel
import Testing

@testable import ArchitectureLoading

@Suite struct ScalarSyntaxTests {
    @Test(arguments: [
        ("3", 3.0), ("-1.5", -1.5), ("+2", 2), ("2e3", 2000), ("0.25", 0.25), (".5", 0.5), ("1.", 1),
    ])
    func numbers(_ text: String, _ value: Double) {
        #expect(ScalarSyntax.number(text) == value)
    }

    @Test(arguments: ["", "-", "0x1F", "inf", "nan", "1_000", "1e", "3 ", "five", "1.2.3", "e5"])
    func notNumbers(_ text: String) {
        #expect(ScalarSyntax.number(text) == nil)
    }

    @Test(arguments: [
        ("250ms", 0.25), ("2s", 2), ("1.5s", 1.5), ("5m", 300), ("2h", 7_200), ("7d", 604_800), ("100us", 0.0001),
        ("0ms", 0),
    ])
    func durations(_ text: String, _ seconds: Double) throws {
        let span = try ScalarSyntax.duration(text).get()
        #expect(abs(span.seconds - seconds) < 1e-12)
    }

    @Test func durationProblems() {
        #expect(ScalarSyntax.duration("250") == .failure(.missingUnit(250)))
        #expect(ScalarSyntax.duration("250mss") == .failure(.unknownUnit("mss", number: "250")))
        #expect(ScalarSyntax.duration("5 seconds") == .failure(.unknownUnit("seconds", number: "5")))
        #expect(ScalarSyntax.duration("250 ms") == .failure(.spaceBeforeUnit(.milliseconds(250))))
        #expect(ScalarSyntax.duration("-5ms") == .failure(.negative))
        #expect(ScalarSyntax.duration("ms") == .failure(.notADuration))
        #expect(ScalarSyntax.duration("fast") == .failure(.notADuration))
    }

    @Test(arguments: ["orders", "orders-db", "a", "0", "svc-0001", "a-"])
    func validNames(_ text: String) {
        #expect(ScalarSyntax.isName(text))
    }

    @Test(arguments: ["", "Orders", "orders_db", "-a", "a b", "ä", "a.b"])
    func invalidNames(_ text: String) {
        #expect(!ScalarSyntax.isName(text))
    }

    @Test func slugs() {
        #expect(ScalarSyntax.slug("yelp_main/api_proxy") == "yelp-main-api-proxy")
        #expect(ScalarSyntax.slug("Orders DB") == "orders-db")
        #expect(ScalarSyntax.slug("__x__") == "x")
    }

    @Test func steps() {
        #expect(ScalarSyntax.step("a -> b")?.caller == "a")
        #expect(ScalarSyntax.step("a->b")?.callee == "b")
        #expect(ScalarSyntax.step("a -> b -> c") == nil)
        #expect(ScalarSyntax.step("a ->") == nil)
        #expect(ScalarSyntax.step("a - b") == nil)
    }
}

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("timout", "timeout"), ("order-db", "orders-db"), ("paymnts", "payments"), ("dead-letter", "dead_letter"),
        ("Orders", "orders"), ("servises", "services"), ("peakRps", "peak_rps"),
    ])
    func closeNamesAreSuggested(_ typo: String, _ intended: String) {
        let candidates = [
            "timeout", "orders-db", "payments", "dead_letter", "orders", "services", "peak_rps", "inventory",
        ]
        #expect(Suggestion.closest(to: typo, among: candidates) == intended)
    }

    @Test func farNamesAreNot() {
        #expect(Suggestion.closest(to: "shipping", among: ["orders", "payments"]) == nil)
        #expect(Suggestion.closest(to: "a", among: ["xyz"]) == nil)
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
    }
}
