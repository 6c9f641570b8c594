public import Foundation

/// Why a diagram cannot be drawn as asked.
public enum DiagramError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case unknownService(String, suggestion: String?)
    case unknownWorkflow(String, suggestion: String?)
    case noWorkflows
    case noWorkflowInFocus
    case negativeDepth(Int)
    case unsupported(view: DiagramView, format: DiagramFormat)

    public var description: String {
        switch self {
        case .unknownService(let name, let suggestion):
            "unknown service `\(name)` to focus on" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        case .unknownWorkflow(let name, let suggestion):
            "unknown workflow `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        case .noWorkflows:
            "the model declares no workflows, so there is no sequence to draw"
        case .noWorkflowInFocus:
            "no workflow reaches the focused services; widen --depth or drop --focus"
        case .negativeDepth(let depth):
            "depth \(depth) is negative; give the number of hops around the focus, 0 or more"
        case .unsupported(let view, let format):
            "the \(view.rawValue) view cannot be drawn in \(format.rawValue); it can be drawn in "
                + view.formats.map(\.rawValue).joined(separator: ", ")
        }
    }

    public var errorDescription: String? { description }
}
