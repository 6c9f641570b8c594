import ArchitectureModel
import Testing

@Suite struct TimeSpanTests {
    @Test func printsItsShortestExactUnit() {
        #expect(TimeSpan.milliseconds(250).description == "250ms")
        #expect(TimeSpan(seconds: 2).description == "2s")
        #expect(TimeSpan(seconds: 1.5).description == "1.5s")
        #expect(TimeSpan(seconds: 90).description == "1.5m")
        #expect(TimeSpan(seconds: 604_800).description == "7d")
        #expect(TimeSpan(seconds: 0.0001).description == "100us")
    }

    @Test func convertsBetweenUnits() {
        #expect(TimeSpan.milliseconds(250).seconds == 0.25)
        #expect(TimeSpan(seconds: 2).milliseconds == 2000)
        #expect(TimeSpan.milliseconds(1) < TimeSpan(seconds: 1))
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["2027-06-30", "2024-02-29", "2000-02-29", "1999-12-31"])
    func validDates(_ text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2027-02-29", "1900-02-29", "2027-13-01", "2027-04-31", "2027-6-30", "27-06-30", "2027-06-00", "tomorrow",
    ])
    func invalidDates(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func comparesByDay() throws {
        let earlier = try #require(CalendarDate("2026-12-31"))
        let later = try #require(CalendarDate("2027-01-01"))
        #expect(earlier < later)
        #expect(CalendarDate.days(inMonth: 2, year: 2028) == 29)
    }
}

@Suite struct ElementTests {
    @Test func pivotIsTheMarkedStepElseTheLast() {
        let steps = [
            SagaStep(name: "reserve", service: "inventory"), SagaStep(name: "charge", service: "payments"),
            SagaStep(name: "confirm", service: "orders"),
        ]
        #expect(Saga(coordination: .choreographed, steps: steps).pivotIndex == 2)
        var marked = steps
        marked[1].pivot = true
        #expect(Saga(coordination: .orchestrated, orchestrator: "orders", steps: marked).pivotIndex == 1)
        #expect(Saga(coordination: .choreographed, steps: []).pivotIndex == nil)
    }

    @Test func aCallWithAFallbackIsSoft() {
        #expect(Call(to: "a").isHard)
        #expect(!Call(to: "a", fallback: .cached).isHard)
        #expect(Retries(max: 2).attempts == 3)
    }

    @Test func gatewaysAndFrontendsAreExposedByDefault() {
        #expect(Service(name: "g", kind: .gateway, placement: Placement(zones: ["a"])).exposed)
        #expect(Service(name: "f", kind: .frontend, placement: Placement(zones: ["a"])).exposed)
        #expect(!Service(name: "s", placement: Placement(zones: ["a"])).exposed)
        #expect(!Service(name: "g", kind: .gateway, placement: Placement(zones: ["a"]), exposed: false).exposed)
    }

    @Test func cachesAreSoftDependencies() {
        #expect(Datastore(name: "c", role: .cache, placement: Placement(zones: ["a"])).isSoftDependency)
        #expect(!Datastore(name: "d", placement: Placement(zones: ["a"])).isSoftDependency)
    }

    @Test func diagnosticsSortByPlaceThenSeverity() {
        let at = { (line: Int, column: Int) in SourceLocation(file: "m.yaml", line: line, column: column) }
        let diagnostics = [
            Diagnostic(severity: .warning, path: "", message: "w", location: at(3, 1)),
            Diagnostic(severity: .error, path: "", message: "e2", location: at(3, 1)),
            Diagnostic(severity: .error, path: "", message: "e1", location: at(1, 9)),
        ]
        #expect(diagnostics.sortedByLocation().map(\.message) == ["e1", "e2", "w"])
        #expect(diagnostics.hasErrors)
        #expect(![diagnostics[0]].hasErrors)
    }
}
