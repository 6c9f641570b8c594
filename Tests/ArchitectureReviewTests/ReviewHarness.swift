import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import Foundation
import Testing

/// Reviews small YAML models in tests, running one rule at a time, and finds where text sits in them.
enum ReviewHarness {
    struct InvalidModel: Error, CustomStringConvertible {
        var description: String
    }

    static let today = CalendarDate(year: 2026, month: 6, day: 1)

    static func model(_ yaml: String) throws -> SystemModel {
        let result = ModelLoader.load(text: yaml, file: "model.yaml")
        guard let model = result.model else {
            throw InvalidModel(
                description: result.diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n")
            )
        }
        return model
    }

    /// The findings of `rule` alone on `yaml`.
    static func findings(
        _ rule: String,
        _ yaml: String,
        parameters: [String: Double] = [:],
        today: CalendarDate = today
    ) throws -> [Finding] {
        let configuration = ReviewConfiguration(
            rules: [rule: .init(parameters: parameters)],
            only: [rule]
        )
        return Reviewer.review(try model(yaml), configuration: configuration, today: today).findings
    }

    /// The 1-based line and column where `needle` starts in `text` (after any leading newline and indentation).
    static func location(of needle: String, in text: String) -> ArchitectureModel.SourceLocation? {
        guard let range = text.range(of: needle) else { return nil }
        var start = range.lowerBound
        while start < range.upperBound, text[start] == "\n" || text[start] == " " { start = text.index(after: start) }
        let before = text[..<start]
        let line = before.filter { $0 == "\n" }.count + 1
        let column =
            before.count
            - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return ArchitectureModel.SourceLocation(file: "model.yaml", line: line, column: column)
    }

    /// Expects exactly one finding of `rule` with this target, at the place where `needle` starts.
    static func expectSingle(
        _ findings: [Finding],
        target: String,
        at needle: String,
        in yaml: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(findings.map(\.target) == [target], sourceLocation: sourceLocation)
        #expect(findings.first?.location == location(of: needle, in: yaml), sourceLocation: sourceLocation)
        #expect(findings.allSatisfy { !$0.message.isEmpty && !$0.fix.isEmpty }, sourceLocation: sourceLocation)
    }
}
