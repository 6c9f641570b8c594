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

    /// Parsed back by Foundation, every finding is the report's, field for field and in order.
    @Test(arguments: ["shop", "food-delivery", "legacy"])
    func readsBackAsTheReport(_ name: String) throws {
        let report = try ExampleReviewTests.review(name)
        try Self.expectReadsBack(JSONReportRenderer.render(report), as: report)
    }

    @Test func readsBackAwkwardTextExactly() throws {
        let text = JSONReportRenderer.render(Self.awkwardReport)
        try Self.expectReadsBack(text, as: Self.awkwardReport)
        #expect(text.contains(#""location": null,"#))
        #expect(text.contains(#""waiver_reason": "the CDN | does it\r\nfor now 👩‍👩‍👧""#))
    }

    /// Keys in the order rules.md shows them, at the top and in a finding.
    @Test func keysFollowTheSpec() throws {
        let text = JSONReportRenderer.render(try ExampleReviewTests.review("shop"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") || $0.hasPrefix("      \"") }
            .map { $0.trimmingCharacters(in: .whitespaces).split(separator: "\"")[0] }
        #expect(
            Array(keys.prefix(11)) == [
                "format", "system", "findings", "id", "rule", "severity", "target", "message", "fix", "location",
                "waived",
            ]
        )
        #expect(text.hasPrefix("{\n  \"format\": 1,\n  \"system\": \"shop\",\n  \"findings\": [\n"))
    }

    static func expectReadsBack(_ text: String, as report: ReviewReport) throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["system"] as? String == report.system)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for (read, finding) in zip(findings, report.findings) {
            #expect(read["id"] as? String == finding.id)
            #expect(read["rule"] as? String == finding.rule)
            #expect(read["severity"] as? String == finding.severity.rawValue)
            #expect(read["target"] as? String == finding.target)
            #expect(
                (read["message"] as? String).map { Array($0.unicodeScalars) } == Array(finding.message.unicodeScalars)
            )
            #expect(read["fix"] as? String == finding.fix)
            #expect(read["waived"] as? Bool == finding.isWaived)
            #expect(
                (read["waiver_reason"] as? String).map { Array($0.unicodeScalars) }
                    == finding.waiver.map { Array($0.unicodeScalars) }
            )
            if let location = finding.location {
                let object = try #require(read["location"] as? [String: Any])
                #expect(object["file"] as? String == location.file)
                #expect(object["line"] as? Int == location.line)
                #expect(object["column"] as? Int == location.column)
            } else {
                #expect(read["location"] is NSNull)
            }
        }
    }
}
