public import Foundation

/// Why a report cannot be written.
public enum ReportError: Error, CustomStringConvertible, LocalizedError {
    case mermaidMissing(String)

    public var description: String {
        switch self {
        case .mermaidMissing(let reason):
            "cannot read the bundled mermaid.min.js (\(reason)); reinstall architect, the file ships with it"
        }
    }

    public var errorDescription: String? { description }
}
