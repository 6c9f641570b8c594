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

    /// GitHub's Markdown (cmark-gfm) reads one table per object with one row per field: no cell text
    /// (a `|` in a doc, a line break) breaks a table.
    @Test(.enabled(if: ExternalTools.pythonModulesAvailable(["cmarkgfm"]), "pip install cmarkgfm"))
    func githubRendersOneTablePerObjectAndARowPerField() async throws {
        let reference = FormatDocumentation.markdownReference()
        let script = """
            import cmarkgfm, re, sys
            html = cmarkgfm.github_flavored_markdown_to_html(sys.stdin.read())
            tables = re.findall(r"<table>.*?</table>", html, re.S)
            print(len(tables), sum(len(re.findall(r"<tr>", t)) - 1 for t in tables))
            """
        let result = await ExternalTools.runAsync("python3", ["-c", script], input: reference)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = reference.components(separatedBy: "\n## ").count - 1
        let fields = reference.components(separatedBy: "\n| `").count - 1
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(objects) \(fields)")
        #expect(objects > 20 && fields > 150)
    }
}
