import ArchitectureAssessment
import ArchitectureGenerators
import ArchitectureReport
import Foundation
import Testing

struct MarkdownReportFolderTests {
    static func files() throws -> [GeneratedFile] {
        let model = try ReportFixture.example("shop.yaml")
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: try ReportDiagrams(model: model),
            source: "Examples/shop.yaml"
        )
        return MarkdownReportFolder.files(document)
    }

    @Test func writesTheReportDiagramSourcesAndCharts() throws {
        let files = try Self.files()
        #expect(
            files.map(\.path) == [
                "README.md", "diagrams/context.mmd", "diagrams/container.mmd", "diagrams/sequence-add-to-cart.mmd",
                "diagrams/sequence-browse.mmd", "diagrams/sequence-checkout.mmd", "charts/chart-availability.svg",
                "charts/chart-capacity.svg",
            ]
        )
        #expect(files.allSatisfy { GeneratedMarker.isUntouched($0.contents) })
        let readme = try #require(files.first?.contents)
        #expect(readme.hasPrefix("# Architecture report: shop\n"))
        #expect(readme.contains("- [Risk register](#risk-register)"))
        #expect(readme.contains("```mermaid\n"))
        #expect(readme.contains("![Utilization per component"))
        #expect(readme.contains("| `checkout` | 99.9997% | 99.95% | **✓ meets** |"))
    }

    @Test func modelTextCannotInjectMarkup() throws {
        let model = try ReportFixture.model(ReportFixture.teams)
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: ReportDiagrams(),
            source: "teams.yaml"
        )
        let readme = try #require(MarkdownReportFolder.files(document).first?.contents)
        #expect(readme.contains("Payments &lt;script&gt;alert('x')&lt;/script&gt; & co"))
    }
}
