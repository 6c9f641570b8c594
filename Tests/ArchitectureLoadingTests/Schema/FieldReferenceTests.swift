import ArchitectTestSupport
import ArchitectureLoading
import Foundation
import Testing

@Suite struct FieldReferenceTests {
    /// docs/model-fields.md is the table itself: `RECORD_SNAPSHOTS=1 swift test` rewrites it after a
    /// field changes, so the doc cannot drift from what the loader checks.
    @Test func fieldReferenceInTheDocsIsTheTable() {
        let reference = FormatDocumentation.markdownReference()
        Golden.assertMatches(reference, file: RepositoryPaths.root.appendingPathComponent("docs/model-fields.md"))
    }

    /// Every field the loader knows has a row, under the object that holds it.
    @Test(arguments: ["timeout", "circuit_breaker", "peak_rps", "share", "compensation", "retention"])
    func everyFieldHasARow(_ field: String) {
        let reference = FormatDocumentation.markdownReference()
        #expect(reference.contains("| `\(field)` |"))
        #expect(FormatDocumentation.explain(field) != nil)
    }
}
