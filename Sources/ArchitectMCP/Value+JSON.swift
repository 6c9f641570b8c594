import ArchitectureModel
import Foundation
import MCP

extension Value {
    /// The same document as the CLI's `--format json` output, as an MCP value (numbers kept exact).
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        // JSON has no infinity or NaN; the CLI prints them as null too.
        case .number(let value): self = value.isFinite ? .double(value) : .null
        case .string(let value): self = .string(value)
        case .array(let items): self = .array(items.map(Value.init))
        case .object(let pairs): self = .object(Dictionary(pairs.map { ($0.0, Value($0.1)) }) { _, last in last })
        }
    }

    /// Parses JSON a library rendered as text (review, rules, evidence) into an MCP value.
    init(jsonText text: String) throws(ToolError) {
        do {
            self = try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw .failed("internal error: the rendered JSON does not parse: \(error)")
        }
    }

    /// Compact JSON text, for a result's text content.
    var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
