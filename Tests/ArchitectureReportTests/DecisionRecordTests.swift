import ArchitectTestSupport
import ArchitectureAssessment
import ArchitectureGenerators
import ArchitectureModel
import ArchitectureReport
import ArchitectureReview
import Foundation
import Testing

struct DecisionRecordTests {
    /// Every file of a record folder in one golden file: `=== path ===` then the contents.
    static func bundle(_ files: [GeneratedFile]) -> String {
        files.map { "=== \($0.path) ===\n\($0.contents)" }.joined(separator: "\n")
    }

    @Test(arguments: ReportFixture.examples)
    func recordsWithProposalsMatchTheGoldenFiles(_ example: String) throws {
        let model = try ReportFixture.example(example)
        let assessment = try ReportFixture.assessment(model)
        let files = DecisionRecordRenderer.files(assessment.decisionRecords(propose: true), system: model.system.name)
        let name = example.replacingOccurrences(of: ".yaml", with: "")
        Golden.assertMatches(Self.bundle(files), file: ReportFixture.golden("adr-\(name).txt"))
    }

    @Test func fileNamesAreTheNumberAndASlugOfTheTitle() {
        let record = DecisionRecord(
            number: 1,
            title: "Use Kafka for domain events",
            status: .accepted,
            context: nil,
            decision: nil,
            consequences: [],
            source: "test"
        )
        #expect(record.fileName == "0001-use-kafka-for-domain-events.md")
        var long = record
        long.number = 12
        long.title = "Écrire: Move carts from Postgres to Redis with AOF persistence, and keep a nightly snapshot too"
        // Cut at the last word that fits in 60 characters.
        #expect(long.fileName == "0012-crire-move-carts-from-postgres-to-redis-with-aof-persistence.md")
    }

    @Test func modelDecisionsKeepTheirNumbersAndProposalsFollow() throws {
        let model = try ReportFixture.example("food-delivery.yaml")
        let records = try ReportFixture.assessment(model).decisionRecords(propose: true)
        let accepted = records.filter { $0.status != .proposed }
        #expect(accepted.map(\.number) == model.decisions.map(\.id))
        let proposals = records.filter { $0.status == .proposed && $0.source.hasPrefix("drafted") }
        let highest = model.decisions.map(\.id).max() ?? 0
        #expect(proposals.map(\.number) == Array((highest + 1)..<(highest + 1 + proposals.count)))
    }

    /// Proposals come from the highest open risks, one per rule, medium or above, never about records.
    @Test func proposalsDraftFromTheTopOpenRisks() throws {
        let assessment = try ReportFixture.assessment(try ReportFixture.example("legacy.yaml"))
        let proposals = DecisionRecord.proposals(from: assessment.risks, firstNumber: 1)
        #expect(proposals.count == 5)
        let risks = assessment.risks.open
        let first = try #require(risks.first)
        #expect(proposals[0].title == "Resolve \(first.finding.rule) on \(first.finding.target)")
        #expect(proposals[0].context?.contains(first.finding.message) == true)
        #expect(proposals[0].options.count == 2)
        #expect(proposals[0].options[0].lowercased() == first.mitigation.lowercased())
        let rules = proposals.compactMap { proposal in
            risks.first { proposal.title.hasPrefix("Resolve \($0.finding.rule) on ") }
        }
        .map(\.finding.rule)
        #expect(Set(rules).count == proposals.count)
        #expect(!proposals.contains { $0.title.contains("no-decisions") || $0.title.contains("expired-waiver") })
    }

    @Test func eachFileEndsInItsMarkerAndTheIndexLinksEveryRecord() throws {
        let model = try ReportFixture.example("food-delivery.yaml")
        let records = try ReportFixture.assessment(model).decisionRecords(propose: false)
        let files = DecisionRecordRenderer.files(records, system: model.system.name)
        #expect(files.count == model.decisions.count + 1)
        #expect(files.allSatisfy { GeneratedMarker.isUntouched($0.contents) })
        let index = try #require(files.last)
        #expect(index.path == "README.md")
        for record in records { #expect(index.contents.contains("](\(record.fileName))")) }
        #expect(
            files[0].contents.hasPrefix("---\nstatus: accepted\n---\n\n# Choreograph the order lifecycle with events\n")
        )
    }
}
