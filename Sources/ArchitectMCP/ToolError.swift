import ArchitectureLoading
import ArchitectureModel

/// Why a tool call could not give its result: the one operational error enum of this module. Each
/// becomes a tool result with `isError: true` and this text, so the assistant can correct its call.
enum ToolError: Error, CustomStringConvertible {
    /// An argument is missing, of the wrong type, out of range or unknown.
    case invalidArgument(String)
    /// A `path` that resolves (through `..` or symlinks) outside the server's root directory.
    case outsideRoot(path: String, root: String)
    case unreadable(path: String, reason: String)
    case tooLarge(what: String, bytes: Int, limit: Int)
    /// The model does not load; the diagnostics say where and why.
    case invalidModel([Diagnostic])
    /// The review configuration is invalid; the diagnostics say where and why.
    case invalidConfiguration([Diagnostic])
    case invalidPatch(String)
    /// The library refused the request (an unknown scenario, rule or target; a simulation over its limits).
    case failed(String)

    var description: String {
        switch self {
        case .invalidArgument(let message): message
        case .outsideRoot(let path, let root):
            "`\(path)` is outside the root directory \(root); the server reads only files under it"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .tooLarge(let what, let bytes, let limit):
            "\(what) is \(bytes) bytes, over the server's limit of \(limit) bytes; split the model or raise "
                + "the limit with `architect mcp --max-model-bytes`"
        case .invalidModel(let diagnostics):
            "the model does not load:\n" + diagnostics.map(Self.line).joined(separator: "\n")
        case .invalidConfiguration(let diagnostics):
            "the review configuration is invalid:\n" + diagnostics.map(Self.line).joined(separator: "\n")
        case .invalidPatch(let message): "invalid change: \(message)"
        case .failed(let message): message
        }
    }

    /// The headline `architect check` prints, then the hint.
    private static func line(_ diagnostic: Diagnostic) -> String {
        diagnostic.headline + (diagnostic.hint.map { "\n  hint: \($0)" } ?? "")
    }
}
