import ArchitectureModel
import CYaml

/// Reads YAML (or JSON) text into a `YAMLNode` tree within bounds on size, depth and alias expansion.
///
/// libyaml (the C library inside Yams) parses; this type composes its events straight into the
/// loader's tree. Composing through Yams' `Node` first cost most of the load time of a large model:
/// a class per tag, a second tree to convert, and duplicate-key hashing of every key.
package enum YAMLDocument {
    /// Larger files are refused before parsing: a model of 5,000 services is a few MiB, and parsing costs memory.
    package static let maximumBytes = 128 * 1024 * 1024

    /// Bounds the nodes the tree may hold once aliases are expanded (a "billion laughs" document shares
    /// one node many times over); generous, since a plain document has fewer nodes than bytes.
    package static func maximumNodes(forBytes bytes: Int) -> Int { max(1_000_000, 4 * bytes) }

    /// Parses `text`; on failure returns the one problem that says where the YAML is broken.
    static func parse(_ text: String) -> Result<YAMLNode?, LoadProblem> {
        var bytes = Array(text.utf8)
        let count = bytes.count
        return bytes.withUnsafeMutableBufferPointer { buffer -> Result<YAMLNode?, LoadProblem> in
            var composer = YAMLComposer(text: text, budget: maximumNodes(forBytes: count))
            do throws(LoadProblem) {
                return .success(try composer.compose(buffer))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Parses every document of a stream separated by `---`, as Kubernetes manifests are written;
    /// an empty document is a null scalar. On failure returns the problem of the first broken document.
    package static func parseStream(_ text: String) -> Result<[YAMLNode], LoadProblem> {
        var bytes = Array(text.utf8)
        let count = bytes.count
        return bytes.withUnsafeMutableBufferPointer { buffer -> Result<[YAMLNode], LoadProblem> in
            var composer = YAMLComposer(text: text, budget: maximumNodes(forBytes: count), stream: true)
            do throws(LoadProblem) {
                _ = try composer.compose(buffer)
                return .success(composer.documents)
            } catch {
                return .failure(error)
            }
        }
    }

    /// A hint for libyaml's most common complaints.
    static func hint(forProblem problem: String, line: Int, in yaml: String) -> String? {
        let text =
            yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1).first
            ?? ""
        if problem.contains("tab") || text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
            return "indent with spaces; YAML does not allow tabs for indentation"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: the keys of one mapping, and the items of one list, start in the same column"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value containing `: ` must be quoted, or a key is indented wrongly"
        }
        return nil
    }
}

/// A problem found while reading YAML, before any model path exists.
package struct LoadProblem: Error {
    init(message: String, line: Int, column: Int, hint: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }

    package var message: String
    package var line: Int
    package var column: Int
    package var hint: String?

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(
            severity: .error,
            path: "",
            message: message,
            hint: hint,
            location: SourceLocation(file: file, line: line, column: column)
        )
    }
}
