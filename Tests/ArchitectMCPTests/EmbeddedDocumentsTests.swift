import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectMCP

/// The MCP server serves Examples/*.yaml and docs/model-format.md from a generated Swift file, so the
/// binary needs no files beside it. This test fails when the file and the sources differ;
/// `RECORD_SNAPSHOTS=1` writes it anew.
@Suite struct EmbeddedDocumentsTests {
    static let generated = RepositoryPaths.root.appendingPathComponent("Sources/ArchitectMCP/EmbeddedDocuments.swift")

    static func expectedSource() throws -> String {
        let spec = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("docs/model-format.md"),
            encoding: .utf8
        )
        let examples = try RepositoryPaths.exampleModels().map {
            ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8))
        }
        let literal = { (text: String) in "####\"\"\"\n" + text + "\n\"\"\"####" }
        var source = """
            // swift-format-ignore-file
            // Generated from docs/model-format.md and Examples/*.yaml by EmbeddedDocumentsTests; do not edit.
            // Re-record with RECORD_SNAPSHOTS=1 swift test --filter EmbeddedDocumentsTests.

            /// The documents the MCP server offers as resources, compiled in.
            enum EmbeddedDocuments {
                static let modelFormat = \(literal(spec))

                static let examples: [(name: String, text: String)] = [

            """
        for (name, text) in examples { source += "        (\"\(name)\", \(literal(text))),\n" }
        source += "    ]\n}\n"
        return source
    }

    @Test func generatedFileMatchesTheSources() throws {
        let expected = try Self.expectedSource()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(expected.utf8).write(to: Self.generated, options: .atomic)
        }
        let actual = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(
            actual == expected,
            "Sources/ArchitectMCP/EmbeddedDocuments.swift is stale: run RECORD_SNAPSHOTS=1 swift test --filter EmbeddedDocumentsTests"
        )
    }

    @Test func embeddedTextsAreTheFilesByteForByte() throws {
        let spec = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("docs/model-format.md"),
            encoding: .utf8
        )
        #expect(EmbeddedDocuments.modelFormat == spec)
        let files = RepositoryPaths.exampleModels()
        #expect(EmbeddedDocuments.examples.map(\.name) == files.map(\.lastPathComponent))
        for (example, file) in zip(EmbeddedDocuments.examples, files) {
            #expect(example.text == (try String(contentsOf: file, encoding: .utf8)), "\(example.name)")
        }
    }
}
