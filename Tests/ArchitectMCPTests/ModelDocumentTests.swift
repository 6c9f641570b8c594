import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

@testable import ArchitectMCP

/// The JSON form `what_if` edits must be the same model: every example, rewritten, loads to an equal model.
@Suite struct ModelDocumentTests {
    @Test(arguments: RepositoryPaths.exampleModels())
    func rewrittenExampleIsTheSameModel(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let document = try ModelDocument(ModelArgument(text: text, file: file.lastPathComponent))
        let original = try #require(ModelLoader.load(text: text, file: "a.yaml").model)
        let rewritten = try #require(ModelLoader.load(text: document.text, file: "a.yaml").model)
        let before = Self.strippingLocations(original)
        let after = Self.strippingLocations(rewritten)
        let firstDifference = zip(before.split(separator: "\n"), after.split(separator: "\n")).first { $0 != $1 }
        #expect(before == after, "first difference: \(String(describing: firstDifference))")
    }

    @Test func plainScalarsBecomeWhatTheyMean() throws {
        let text = "a: 3\nb: '3'\nc: 1.5\nd: true\ne: ~\nf: 250ms\ng: 99.95%\nh: \"true\"\n"
        let document = try ModelDocument(ModelArgument(text: text, file: "t.yaml"))
        #expect(document.root["a"] == .int(3))
        #expect(document.root["b"] == .string("3"))
        #expect(document.root["c"] == .number(1.5))
        #expect(document.root["d"] == .bool(true))
        #expect(document.root["e"] == .null)
        #expect(document.root["f"] == .string("250ms"))
        #expect(document.root["g"] == .string("99.95%"))
        #expect(document.root["h"] == .string("true"))
    }

    /// Models compare without source locations, which differ between the YAML and its JSON form.
    static func strippingLocations(_ model: SystemModel) -> String {
        var dump = ""
        Swift.dump(model, to: &dump)
        return dump.split(separator: "\n").filter {
            !$0.contains("a.yaml") && !$0.contains("location:") && !$0.contains("line:") && !$0.contains("column:")
                && !$0.contains("file:")
        }.joined(separator: "\n")
    }
}
