public import ArchitectureModel
public import Foundation

/// Loads an architecture model from YAML or JSON, collecting every problem in one pass.
public enum ModelLoader {
    /// The outcome of loading one file: the model when it has no errors, and every diagnostic.
    public struct Result: Sendable {
        public var model: SystemModel?
        public var diagnostics: [Diagnostic]

        public var isValid: Bool { model != nil }
    }

    /// A file that could not be read at all (missing, a directory, no permission).
    public struct UnreadableFile: Error, CustomStringConvertible, LocalizedError {
        public var path: String
        public var reason: String

        public var description: String { "\(path): cannot read the file: \(reason)" }
        public var errorDescription: String? { description }
    }

    /// Reads and loads the file at `path`; diagnostics name the file as `path` is written.
    public static func load(contentsOf path: String) throws(UnreadableFile) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UnreadableFile(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw UnreadableFile(path: path, reason: "it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > YAMLDocument.maximumBytes
        {
            return Result(model: nil, diagnostics: [tooLarge(bytes: size, file: path)])
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UnreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        return load(data: data, file: path)
    }

    /// Loads a model from bytes that should be UTF-8 text.
    public static func load(data: Data, file: String) -> Result {
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: data)
            let diagnostic = Diagnostic(
                severity: .error,
                path: "",
                message: "the file is not UTF-8 text",
                hint: "a model is a YAML or JSON text file; check that this is the right file",
                location: SourceLocation(file: file, line: line, column: column)
            )
            return Result(model: nil, diagnostics: [diagnostic])
        }
        return load(text: text, file: file)
    }

    /// Loads a model from text; `file` names it in diagnostics.
    public static func load(text: String, file: String) -> Result {
        if text.utf8.count > YAMLDocument.maximumBytes {
            return Result(model: nil, diagnostics: [tooLarge(bytes: text.utf8.count, file: file)])
        }
        let root: YAMLNode
        switch YAMLDocument.parse(text) {
        case .failure(let problem):
            return Result(model: nil, diagnostics: [problem.diagnostic(file: file)])
        case .success(nil):
            let diagnostic = Diagnostic(
                severity: .error,
                path: "",
                message: "the model is empty",
                hint: "a model starts with `architect: 1` and a `system:` section",
                location: SourceLocation(file: file, line: 1, column: 1)
            )
            return Result(model: nil, diagnostics: [diagnostic])
        case .success(let node?):
            root = node
        }
        let decoder = ModelDecoder(file: file)
        let model = decoder.decode(root)
        let diagnostics = decoder.context.diagnostics.sortedByLocation()
        return Result(model: diagnostics.hasErrors ? nil : model, diagnostics: diagnostics)
    }

    /// Line and column (in Unicode scalars, as libyaml counts them) of the first byte that is not UTF-8.
    private static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1
        var column = 1
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
            if Unicode.UTF8.decode(scalar) == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    private static func tooLarge(bytes: Int, file: String) -> Diagnostic {
        Diagnostic(
            severity: .error,
            path: "",
            message:
                "the file is \(bytes / 1_048_576) MiB; a model may be at most \(YAMLDocument.maximumBytes / 1_048_576) MiB",
            hint: "check that this is a model file",
            location: SourceLocation(file: file, line: 1, column: 1)
        )
    }
}
