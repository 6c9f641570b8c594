import ArchitectTestSupport
import Foundation
import Testing

/// The layout of `architect review --format text|markdown`, reviewed by a person as golden files.
/// Serialized: each test blocks a thread on a child process, so one at a time leaves the others free.
@Suite(.serialized) struct ReviewTextTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__"
    )

    @Test(arguments: ["text", "markdown"])
    func legacyReviewLayout(_ format: String) throws {
        let result = try Architect.run(
            ["review", "Examples/legacy.yaml", "--format", format, "--today", "2026-06-01", "--fail-on", "never"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let name = "review-legacy.\(format == "text" ? "txt" : "md")"
        Golden.assertMatches(result.stdout, file: Self.snapshots.appendingPathComponent(name))
    }
}
