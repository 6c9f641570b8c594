package import ArchitectureModel
import Foundation

/// The format's scalar syntax, independent of where a value appears.
package enum ScalarSyntax {
    /// A plain decimal number (`3`, `-1.5`, `2e3`); hex, `inf`, `nan` and `_` separators are not numbers here.
    package static func number(_ text: String) -> Double? {
        let bytes = text.utf8
        guard numberLength(bytes[...]) == bytes.count, bytes.count > 0 else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The length in bytes of the longest prefix that is a number: sign, digits, fraction, exponent.
    /// Byte-level because it runs for every number and duration of a model.
    private static func numberLength(_ bytes: Substring.UTF8View) -> Int {
        var index = bytes.startIndex
        var digits = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func skipDigits() {
            while index < bytes.endIndex, isDigit(bytes[index]) {
                digits += 1
                index = bytes.index(after: index)
            }
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index = bytes.index(after: index)
        }
        skipDigits()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            skipDigits()
        }
        guard digits > 0 else { return 0 }
        let mantissaEnd = index
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index = bytes.index(after: index)
            }
            let before = digits
            skipDigits()
            if digits == before { index = mantissaEnd }  // `1e` or `1ms`-like: the `e` is not an exponent
        }
        return bytes.distance(from: bytes.startIndex, to: index)
    }

    /// Seconds per unit of a duration.
    package static let durationUnits: [(unit: String, seconds: Double)] = [
        ("us", 0.000_001), ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400),
    ]

    package enum DurationProblem: Error, Equatable {
        case missingUnit(Double)
        /// The unit as written (spaces trimmed) and the number before it.
        case unknownUnit(String, number: String)
        case notADuration
        case negative
        /// `250 ms`: a known unit after a space.
        case spaceBeforeUnit(TimeSpan)
    }

    /// Unit words people write, and the unit they mean.
    package static let unitWords: [String: String] = [
        "microsecond": "us", "microseconds": "us", "millisecond": "ms", "milliseconds": "ms", "msec": "ms", "sec": "s",
        "secs": "s", "second": "s", "seconds": "s", "min": "m", "mins": "m", "minute": "m", "minutes": "m", "hour": "h",
        "hours": "h", "day": "d", "days": "d",
    ]

    /// `250ms`, `1.5s`, `7d`.
    package static func duration(_ text: String) -> Result<TimeSpan, DurationProblem> {
        let trimmed = text.trimmingSpaces
        let bytes = Substring(trimmed).utf8
        let length = numberLength(bytes)
        let split = bytes.index(bytes.startIndex, offsetBy: length)
        guard length > 0, let value = Double(String(trimmed[..<split])), value.isFinite else {
            return .failure(.notADuration)
        }
        let written = String(trimmed[split...])
        if written.isEmpty { return .failure(.missingUnit(value)) }
        let unit = written.trimmingSpaces
        guard let seconds = durationUnits.first(where: { $0.unit == unit })?.seconds else {
            return .failure(unit.isEmpty ? .notADuration : .unknownUnit(unit, number: String(trimmed[..<split])))
        }
        guard value >= 0 else { return .failure(.negative) }
        let span = TimeSpan(seconds: value * seconds)
        return unit == written ? .success(span) : .failure(.spaceBeforeUnit(span))
    }

    package static func isName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerAlphanumeric(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A name made of the given text (`Orders_DB` -> `orders-db`), for hints.
    package static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// `a -> b` or `a->b`.
    package static func step(_ text: String) -> (caller: String, callee: String)? {
        let parts = text.components(separatedBy: "->")
        guard parts.count == 2 else { return nil }
        let caller = parts[0].trimmingSpaces
        let callee = parts[1].trimmingSpaces
        guard !caller.isEmpty, !callee.isEmpty else { return nil }
        return (caller, callee)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs; cheap when there are none, the usual case.
    package var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
