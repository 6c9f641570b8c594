import ArchitectureModel
import Foundation
import Testing

@testable import ArchitectMCP

/// RFC 7386 Appendix A: every example of the RFC, target, patch and result as the RFC prints them.
@Suite struct MergePatchTests {
    static let examples: [(target: String, patch: String, result: String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test(arguments: examples.indices)
    func rfcExample(_ index: Int) throws {
        let example = Self.examples[index]
        let patched = MergePatch.apply(try Self.json(example.patch), to: try Self.json(example.target))
        #expect(try Self.same(patched, Self.json(example.result)), "example \(index + 1): \(patched.serialized())")
    }

    @Test func keysKeepTheirPlaceAndNewKeysGoLast() {
        let target = JSONValue.object([("z", .int(1)), ("a", .int(2))])
        let patched = MergePatch.apply(.object([("z", .int(3)), ("m", .int(4))]), to: target)
        #expect(patched.keys == ["z", "a", "m"])
    }

    /// Parses JSON into the ordered document type, through Foundation's parser.
    static func json(_ text: String) throws -> JSONValue {
        convert(try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed))
    }

    private static func convert(_ value: Any) -> JSONValue {
        switch value {
        case let dictionary as [String: Any]:
            .object(dictionary.keys.sorted().map { ($0, convert(dictionary[$0] ?? NSNull())) })
        case let array as [Any]: .array(array.map(convert))
        case let string as String: .string(string)
        case let number as NSNumber: .number(number.doubleValue)
        default: .null
        }
    }

    /// Equal as JSON: object keys in any order.
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            x.count == y.count && x.allSatisfy { pair in y.contains { $0.0 == pair.0 && same($0.1, pair.1) } }
        case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.int(let x), .number(let y)), (.number(let y), .int(let x)): Double(x) == y
        default: a == b
        }
    }
}
