import ArchitectureReview
import Foundation
import Testing

@Suite struct MarkdownReportRendererTests {
    @Test func writesOneTablePerSeverityWithSafeCells() throws {
        let markdown = MarkdownReportRenderer.render(try ExampleReviewTests.review("shop"))
        #expect(markdown.hasPrefix("## Architecture review: shop\n"))
        #expect(markdown.contains("### Warnings (3)"))
        #expect(markdown.contains("*(waived: The CDN in front of the storefront enforces per-client rate limits)*"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| `") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 6, "\(line)")
        }
    }

    @Test func escapesPipesAndFlattensLineBreaksInCells() {
        let markdown = MarkdownReportRenderer.render(JSONReportRendererTests.awkwardReport)
        #expect(markdown.contains("| `no-rate-limit` | `a\\|b` | `dir/a b.yaml:0` | line break \\| pipe "))
        #expect(markdown.contains("*(waived: the CDN \\| does it\r for now 👩‍👩‍👧)* | add one / or two |\n"))
        #expect(markdown.contains("| `no-tracing` | `x` |  | m | f |\n"))
        #expect(markdown.hasPrefix("## Architecture review: odd \"system\" \\ / é😀\n"))
    }
}
