import ArchitectureModel
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

    /// Text no example has: quotes, backslashes, control characters, pipes, line breaks, non-ASCII, and
    /// findings with and without a location or a waiver.
    static let awkwardReport = ReviewReport(
        system: "odd \"system\" \\ / é😀",
        findings: [
            Finding(
                rule: "no-rate-limit",
                severity: .warning,
                subject: .component("a|b"),
                message: "line\nbreak | pipe \"quoted\" back\\slash\ttab \u{1}\u{1F}\u{7F} e\u{301}",
                fix: "add one / or two",
                location: SourceLocation(file: "dir/a b.yaml", line: 0, column: -1),
                waiver: "the CDN | does it\r\nfor now 👩‍👩‍👧"
            ),
            Finding(
                rule: "no-tracing",
                severity: .info,
                subject: .component("x"),
                message: "m",
                fix: "f",
                location: nil
            ),
            Finding(
                rule: "missing-timeout",
                severity: .error,
                subject: .call(caller: "y", callee: "z", position: 0, occurrence: 1),
                message: "",
                fix: "",
                location: nil
            ),
        ]
    )

    @Test(arguments: ["shop", "food-delivery", "legacy"])
    func printsWhatJSONEncoderPrints(_ name: String) throws {
        let text = JSONReportRenderer.render(try ExampleReviewTests.review(name))
        try JSONWriterTests.expectSameBytes(text, JSONValue.reencoded(text))
    }

    @Test func printsAwkwardTextAsJSONEncoderDoes() throws {
        let text = JSONReportRenderer.render(Self.awkwardReport)
        try JSONWriterTests.expectSameBytes(text, JSONValue.reencoded(text))
        #expect(text.contains(#""location" : null,"#))
        #expect(text.contains(#""waiver_reason" : "the CDN | does it\r\nfor now 👩‍👩‍👧""#))
    }
}
