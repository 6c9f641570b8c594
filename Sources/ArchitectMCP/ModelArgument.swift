import ArchitectureLoading
import ArchitectureModel
import Foundation
import MCP

/// The model a tool works on: `model` (the text of a YAML or JSON model) or `path` (a file under
/// the root directory), exactly one of them.
struct ModelArgument: Sendable {
    /// The bytes (a file's may not be UTF-8: the loader reports that as `architect check` does), and
    /// the name diagnostics give the file (`path` as written, or `model.yaml`).
    var data: Data
    var file: String

    /// The text; the loader has read it (see `model()`) before anything needs it.
    var text: String { String(decoding: data, as: UTF8.self) }

    static let names = ["model", "path"]

    /// The input-schema properties every model-reading tool declares.
    static let schemaProperties: [String: Value] = [
        "model": Schema.string(
            "The model's text, YAML or JSON (format 1; see the architect://spec/model-format resource)."
        ),
        "path": Schema.string("A model file, relative to the server's root directory (alternative to `model`)."),
    ]

    init(_ arguments: ToolArguments, context: ToolContext) throws(ToolError) {
        switch (try arguments.string("model"), try arguments.string("path")) {
        case (let text?, nil):
            guard text.utf8.count <= context.limits.maximumModelBytes else {
                throw .tooLarge(what: "the model", bytes: text.utf8.count, limit: context.limits.maximumModelBytes)
            }
            data = Data(text.utf8)
            file = "model.yaml"
        case (nil, let path?):
            data = try Self.read(path, context: context)
            file = path
        case (.some, .some): throw .invalidArgument("give `model` or `path`, not both")
        case (nil, nil): throw .invalidArgument("missing argument `model` (the model's text) or `path` (a file)")
        }
    }

    init(text: String, file: String) {
        data = Data(text.utf8)
        self.file = file
    }

    /// Loads it as `architect check` does; diagnostics name `file`.
    func load() -> ModelLoader.Result { ModelLoader.load(data: data, file: file) }

    /// The model, or the error that lists why it does not load.
    func model() throws(ToolError) -> SystemModel {
        let result = load()
        guard let model = result.model else { throw .invalidModel(result.diagnostics) }
        return model
    }

    /// A file under the root, no larger than the model limit.
    static func read(_ path: String, context: ToolContext) throws(ToolError) -> Data {
        let real = try context.root.resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a directory")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: real))?[.size] as? Int ?? 0
        guard size <= context.limits.maximumModelBytes else {
            throw .tooLarge(what: path, bytes: size, limit: context.limits.maximumModelBytes)
        }
        guard let data = FileManager.default.contents(atPath: real) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        return data
    }
}
