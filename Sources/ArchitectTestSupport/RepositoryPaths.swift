public import Foundation

/// Where the repository's own files and the shared test material are, found from this source file.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var examples: URL { root.appendingPathComponent("Examples") }

    /// Every bundled example model, sorted by name.
    public static func exampleModels() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// `../shared/cases`, the third-party deployment files beside the checkout (absent in a newcomer's clone).
    public static var sharedCases: URL { root.deletingLastPathComponent().appendingPathComponent("shared/cases") }
}
