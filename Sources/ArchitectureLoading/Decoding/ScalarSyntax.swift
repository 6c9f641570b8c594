package import ArchitectureModel
import Foundation

/// The format's scalar syntax, independent of where a value appears.
package enum ScalarSyntax {
    /// A plain decimal number (`3`, `-1.5`, `2e3`); hex, `inf`, `nan` and `_` separators are not numbers here.
    package static func number(_ text: String) -> Double? {
        var digits = 0
        var index = text.startIndex
        func skipDigits() {
            while index < text.endIndex, text[index].isASCII, text[index].isNumber {
                digits += 1
                index = text.index(after: index)
            }
        }
        if index < text.endIndex, text[index] == "-" || text[index] == "+" { index = text.index(after: index) }
        skipDigits()
        if index < text.endIndex, text[index] == "." {
            index = text.index(after: index)
            skipDigits()
        }
        guard digits > 0 else { return nil }
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            index = text.index(after: index)
            if index < text.endIndex, text[index] == "-" || text[index] == "+" { index = text.index(after: index) }
            let before = digits
            skipDigits()
            guard digits > before else { return nil }
        }
        guard index == text.endIndex, let value = Double(text), value.isFinite else { return nil }
        return value
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
        if let bare = number(trimmed) { return .failure(.missingUnit(bare)) }
        let numberPart = trimmed.prefix {
            $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E")
        }
        // An `e` may start a unit-less exponent or nothing; take the longest prefix that is a number.
        var split = numberPart.endIndex
        while split > trimmed.startIndex, number(String(trimmed[..<split])) == nil {
            split = trimmed.index(before: split)
        }
        guard split > trimmed.startIndex, let value = number(String(trimmed[..<split])) else {
            return .failure(.notADuration)
        }
        let written = String(trimmed[split...])
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
    package var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
