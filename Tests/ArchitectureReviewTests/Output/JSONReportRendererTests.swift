import ArchitectureReview
import Foundation
import Testing

@Suite struct JSONReportRendererTests {
    @Test func printsTheFieldsOfRulesMarkdown() throws {
        let text = JSONReportRenderer.render(try ExampleReviewTests.review("shop"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["format"] as? Int == 1)
        #expect(document["system"] as? String == "shop")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["error", "warning", "info", "waived"])
        #expect(summary["waived"] == 1)
        let findings = try #require(document["findings"] as? [[String: Any]])
        for finding in findings {
            let keys = Set(finding.keys)
            #expect(keys.isSuperset(of: ["id", "rule", "severity", "target", "message", "fix", "location", "waived"]))
            let location = try #require(finding["location"] as? [String: Any])
            #expect(location["file"] as? String == "Examples/shop.yaml")
        }
    }
}
