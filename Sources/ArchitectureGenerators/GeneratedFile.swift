/// One file a generator produces, with its path relative to the output directory.
package struct GeneratedFile: Sendable, Hashable {
    package var path: String
    package var contents: String

    package init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// What a generator produces: the files, the placeholders the user must fill in before applying them,
/// and warnings about the model (such as a target the dependencies cannot deliver).
package struct Generation: Sendable {
    package var files: [GeneratedFile] = []
    package var placeholders: [String] = []
    package var warnings: [String] = []

    package init(files: [GeneratedFile] = [], placeholders: [String] = [], warnings: [String] = []) {
        self.files = files
        self.placeholders = placeholders
        self.warnings = warnings
    }

    /// Both generations, files in order; a placeholder or warning two generators share appears once.
    package func merged(with other: Generation) -> Generation {
        Generation(
            files: files + other.files,
            placeholders: placeholders + other.placeholders.filter { !placeholders.contains($0) },
            warnings: warnings + other.warnings.filter { !warnings.contains($0) }
        )
    }
}
