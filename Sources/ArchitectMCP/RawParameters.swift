import Foundation
import MCP

/// A request's parameters as they came, decoded by the handler, so that a malformed request is
/// answered with what is wrong ("tools/call: missing `name`") instead of a generic decoding error.
struct RawParameters: Codable, Hashable, Sendable, NotRequired {
    var value: Value

    init() { value = .null }

    init(from decoder: any Decoder) throws { value = try Value(from: decoder) }

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }

    /// The typed parameters of `method`, or invalid params saying which field is wrong.
    func decode<P: Decodable>(_ type: P.Type, method: String, expected: String) throws -> P {
        guard case .object = value else {
            throw MCPError.invalidParams("\(method): params must be an object \(expected)")
        }
        do {
            return try JSONDecoder().decode(P.self, from: JSONEncoder().encode(value))
        } catch let error as DecodingError {
            throw MCPError.invalidParams("\(method): \(Self.describe(error)); params must be an object \(expected)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        let path = { (context: DecodingError.Context) in
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing `\(parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)")`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "`\(path(context))` has the wrong type"
        @unknown default:
            return "malformed params"
        }
    }
}

/// `tools/call`, `resources/read` and `prompts/get` with parameters decoded by `RawParameters`.
enum LenientCallTool: Method {
    static let name = CallTool.name
    typealias Parameters = RawParameters
    typealias Result = CallTool.Result
}

enum LenientReadResource: Method {
    static let name = ReadResource.name
    typealias Parameters = RawParameters
    typealias Result = ReadResource.Result
}

enum LenientGetPrompt: Method {
    static let name = GetPrompt.name
    typealias Parameters = RawParameters
    typealias Result = GetPrompt.Result
}
