public import Foundation
public import Testing

/// Compares output with a golden file reviewed by a person. A missing golden file is recorded and the
/// test fails; `RECORD_SNAPSHOTS=1 swift test` re-records every golden file it meets.
public enum Golden {
    public static func assertMatches(
        _ actual: String,
        file golden: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        if record || expected == nil {
            try? FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try? actual.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded \(golden.lastPathComponent); review it and run the tests again",
                sourceLocation: sourceLocation
            )
            return
        }
        #expect(
            actual == expected,
            "differs from \(golden.lastPathComponent); RECORD_SNAPSHOTS=1 re-records it",
            sourceLocation: sourceLocation
        )
    }
}
