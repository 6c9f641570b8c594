import ArchitectTestSupport
import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReport
import ArchitectureReview
import Foundation
import Testing

struct RiskRegisterTests {
    @Test(arguments: ReportFixture.examples)
    func markdownAndCSVMatchTheGoldenFiles(_ example: String) throws {
        let register = try ReportFixture.assessment(try ReportFixture.example(example)).risks
        let name = example.replacingOccurrences(of: ".yaml", with: "")
        Golden.assertMatches(RiskRegisterRenderer.markdown(register), file: ReportFixture.golden("risks-\(name).md"))
        Golden.assertMatches(RiskRegisterRenderer.csv(register), file: ReportFixture.golden("risks-\(name).csv"))
    }

    /// legacy's main-db: one replica (99.5%) in zone a (99.99%): up 0.995 x 0.9999 = 0.9949005, so down
    /// 0.0050995 x 43,200 = 220.2984 min/month (> 43.2: likelihood 5); an error (impact 4) that all three
    /// workflows depend on (+1): 5 x 5 = 25, critical.
    @Test func singlePointOfFailureScoresFromDowntimeAndBlastRadius() throws {
        let register = try ReportFixture.assessment(try ReportFixture.example("legacy.yaml")).risks
        let risk = try #require(register.risks.first { $0.finding.id == "single-point-of-failure:main-db" })
        #expect(risk.likelihood == 5)
        #expect(risk.likelihoodBasis == "main-db down 220.3 min/month")
        #expect(risk.impact == 5)
        #expect(risk.impactBasis == "severity error, blast radius 3 of 3 workflows")
        #expect(risk.score == 25)
        #expect(risk.level == .critical)
        #expect(risk.status == .open)
        #expect(risk.mitigation == risk.finding.fix)
    }

    /// api runs at 100 x 0.010 / 2 = 50%: it saturates at 2x peak, inside the 10x growth (likelihood 4).
    @Test func capacityFindingsScoreFromUtilizationHeadroom() throws {
        let register = try ReportFixture.assessment(try ReportFixture.model(ReportFixture.teams)).risks
        let risk = try #require(register.risks.first { $0.finding.id == "capacity-at-growth:api" })
        #expect(risk.likelihood == 4)
        #expect(risk.likelihoodBasis == "api utilization 50% at peak, saturates at 2x (growth 10x)")
        #expect(risk.impact == 4)  // warning 3, +1: the only workflow depends on api
        #expect(risk.level == .critical)
    }

    @Test func ownersAreTheTeamsAnswerableForTheTarget() throws {
        let register = try ReportFixture.assessment(try ReportFixture.model(ReportFixture.teams)).risks
        let owners = Dictionary(register.risks.map { ($0.finding.target, $0.owner) }, uniquingKeysWith: { $1 })
        #expect(owners["ledger-db"] == "money")  // a datastore: its owner service's team
        #expect(owners["api->ledger"] == "edge")  // a call: the caller's team
        #expect(owners["api"] == "edge")
        let unowned = try #require(register.risks.first { $0.finding.target == "teams" })
        #expect(unowned.owner == nil)
    }

    @Test func waivedFindingsAreAcceptedWithReasonAndExpiry() throws {
        let register = try ReportFixture.assessment(try ReportFixture.example("shop.yaml")).risks
        let risk = try #require(register.risks.first { $0.finding.id == "no-rate-limit:web" })
        #expect(
            risk.status
                == .accepted(
                    reason: "The CDN in front of the storefront enforces per-client rate limits",
                    expires: CalendarDate(year: 2027, month: 6, day: 30)
                )
        )
        #expect(!register.open.contains { $0.finding.id == risk.finding.id })
    }

    @Test func risksAreOrderedByScoreAndNumberedInThatOrder() throws {
        let register = try ReportFixture.assessment(try ReportFixture.example("legacy.yaml")).risks
        #expect(register.risks.map(\.score) == register.risks.map(\.score).sorted(by: >))
        #expect(register.risks.map(\.id) == (1...register.risks.count).map { "R\($0)" })
    }

    /// Python's csv module reads the fields back exactly, commas, quotes and line breaks included.
    @Test(.enabled(if: ExternalTools.available("python3"), "install python3"))
    func csvFollowsRFC4180() async throws {
        let model = try ReportFixture.model(ReportFixture.teams)
        let assessment = try ReportFixture.assessment(model)
        var findings = assessment.review.findings
        findings[0].message = "a \"quoted\" word, a comma\nand a second line"
        findings[0].fix = "plain"
        let register = RiskRegister(
            graph: assessment.graph,
            analysis: assessment.analysis,
            review: ReviewReport(system: "teams", findings: findings)
        )
        let csv = RiskRegisterRenderer.csv(register)
        #expect(csv.hasSuffix("\r\n"))
        let script =
            "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))))"
        let result = await ExternalTools.runAsync("python3", ["-c", script], input: csv)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
        #expect(rows.count == register.risks.count + 1)
        #expect(rows.allSatisfy { $0.count == 18 })
        #expect(rows[0][0] == "id" && rows[0][11] == "risk")
        for (row, risk) in zip(rows.dropFirst(), register.risks) {
            #expect(row[0] == risk.id)
            #expect(row[2] == String(risk.score))
            #expect(row[10] == risk.finding.target)
            #expect(row[11] == risk.finding.message)
            #expect(row[12] == risk.mitigation)
        }
        #expect(rows.contains { $0[11] == "a \"quoted\" word, a comma\nand a second line" })
    }
}
