import ArchitectureReview
import Foundation
import Testing

/// The writer against Foundation's `JSONEncoder` itself: whatever it writes, the encoder must print the
/// same bytes for the same values.
@Suite struct JSONWriterTests {
    @Test(arguments: [
        "plain", "", "quote \" and backslash \\", "slash / stays", "line\nbreak", "tab\tand\rreturn",
        "\u{8}\u{C}", "\u{0}\u{1}\u{1F}", "del \u{7F}", "é, e\u{301}, 😀, 👩‍👩‍👧", "\"\\\n\u{1}", "\u{1}",
    ])
    func escapesStringsAsJSONEncoderDoes(_ text: String) throws {
        let value = JSONValue.object(["text": .string(text), "list": .array([.string(text)])])
        try Self.expectSameBytes(Self.written(value), JSONValue.encoded(value))
    }

    @Test func writesContainersNumbersAndKeysAsJSONEncoderDoes() throws {
        let value = JSONValue.object([
            "$schema": .string("https://example.com/schema.json"),
            "runs": .array([.object([:]), .array([]), .array([.array([])]), .null]),
            "numbers": .array([.int(0), .int(-1), .int(42), .int(Int.max), .int(Int.min)]),
            "flags": .object(["true": .bool(true), "false": .bool(false)]),
            "ruleIndex": .int(1), "ruleId": .string("x"), "waived": .bool(false), "waiver_reason": .string("y"),
            "Z": .null, "_y": .null, "a": .null, "é": .null, "z": .null,
        ])
        try Self.expectSameBytes(Self.written(value), JSONValue.encoded(value))
        try Self.expectSameBytes(Self.written(.array([])), JSONValue.encoded(.array([])))
    }

    /// `text` and `JSONEncoder`'s text, compared byte by byte (`==` on strings would let canonically
    /// equivalent ones pass); the first differing line says where.
    static func expectSameBytes(
        _ text: String,
        _ expected: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        guard !text.utf8.elementsEqual(expected.utf8) else { return }
        let lines = zip(text.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n"))
        let line = lines.enumerated().first { !$0.element.0.utf8.elementsEqual($0.element.1.utf8) }
        Issue.record(
            "differs from JSONEncoder at line \((line?.offset ?? 0) + 1): \(line.map { "\($0.element)" } ?? "length")",
            sourceLocation: sourceLocation
        )
    }

    static func written(_ value: JSONValue) -> String {
        JSONText.write { json in write(value, &json) }
    }

    private static func write(_ value: JSONValue, _ json: inout JSONWriter) {
        switch value {
        case .null: json.null()
        case .bool(let flag): json.value(flag)
        case .int(let number): json.value(number)
        case .double: Issue.record("the writer writes no fractions")
        case .string(let text): json.value(text)
        case .array(let elements):
            json.array { json in
                for element in elements { write(element, &json) }
            }
        case .object(let members):
            json.object { json in
                for (key, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    json.key(key)
                    write(member, &json)
                }
            }
        }
    }
}

/// Any JSON value: what a renderer wrote, decoded, to encode again through `JSONEncoder`.
enum JSONValue: Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `text` decoded and encoded again by Foundation, as `JSONText.encode` formats it.
    static func reencoded(_ text: String) throws -> String {
        try encoded(JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
    }

    static func encoded(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .int(let number): try container.encode(number)
        case .double(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let elements): try container.encode(elements)
        case .object(let members): try container.encode(members)
        }
    }
}
