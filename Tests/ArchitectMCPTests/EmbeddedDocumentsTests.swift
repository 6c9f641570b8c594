import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectMCP

/// The MCP server serves Examples/*.yaml and docs/model-format.md compiled in by the EmbedDocuments
/// build plugin: the texts must be the files' own, byte for byte, all of them.
@Suite struct EmbeddedDocumentsTests {
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
