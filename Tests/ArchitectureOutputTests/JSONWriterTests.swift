import ArchitectureOutput
import Foundation
import Testing

/// The one JSON layout, against text written by hand, and what Foundation's parser reads back.
@Suite struct JSONWriterTests {
    @Test func layoutIsTwoSpacesKeysInOrderScalarsInline() {
        let text = JSONWriter.text { json in
            json.object { json in
                json.field("format", 1)
                json.field("name", "shop")
                json.key("zones")
                json.inlineArray { json in
                    json.value("a")
                    json.value("b")
                }
                json.key("empty")
                json.array { _ in }
                json.field("nested") { _ in }
                json.key("rows")
                json.array { json in
                    json.object { json in
                        json.field("ok", true)
                        json.key("none")
                        json.null()
                    }
                    json.value(2.5)
                }
            }
        }
        let expected = """
            {
              "format": 1,
              "name": "shop",
              "zones": ["a", "b"],
              "empty": [],
              "nested": {},
              "rows": [
                {
                  "ok": true,
                  "none": null
                },
                2.5
              ]
            }

            """
        #expect(text == expected)
    }

    @Test(arguments: [
        "plain", "", "quote \" and backslash \\", "slash / stays", "line\nbreak", "tab\tand\rreturn",
        "\u{8}\u{C}", "\u{0}\u{1}\u{1F}", "del \u{7F}", "é, e\u{301}, 😀, 👩‍👩‍👧", "\"\\\n\u{1}", "\u{1}",
    ])
    func stringsReadBackAsWritten(_ string: String) throws {
        let text = JSONWriter.text { json in
            json.object { json in json.field(string, string) }
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(object.keys.first.map { Array($0.unicodeScalars) } == Array(string.unicodeScalars))
        #expect(object.values.first.map { Array($0.unicodeScalars) } == Array(string.unicodeScalars))
        #expect(!text.contains("\\/"), "a slash is not escaped")
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" }, "control characters are escaped")
    }

    @Test func numbersReadBackAndNonFiniteIsNull() throws {
        let numbers = [0.1, 1e300, -2.5, 1e15, 42.0, Double.pi, -0.000_001, 123_456_789.125]
        let text = JSONWriter.text { json in
            json.inlineArray { json in
                for number in numbers { json.value(number) }
                json.value(Double.infinity)
                json.value(Double.nan)
                json.value(Int.min)
            }
        }
        let values = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        #expect(values.prefix(numbers.count).compactMap { ($0 as? NSNumber)?.doubleValue } == numbers)
        #expect(values[numbers.count] is NSNull && values[numbers.count + 1] is NSNull)
        #expect(text.contains(" 42, "), "an integral value has no fraction")
        #expect(text.hasSuffix("\(Int.min)]\n"))
    }
}
