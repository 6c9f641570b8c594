/// Writes JSON text value by value, in Architect's one JSON layout: two-space indentation,
/// `"key": value`, keys in the order written (each output declares its order), every element of
/// an object or array on its own line except in an inline array (`[1, 2]`, for scalars), `[]` and
/// `{}` for empty containers, a final newline. Strings escape quotes, backslashes and control
/// characters only; `/` and non-ASCII text are written as they are.
///
/// It writes into a `TextBuffer` and keeps no tree of values, so a review of 100,000s of findings
/// renders in a fraction of the time and memory that building a tree first would take.
public struct JSONWriter {
    private var output: TextBuffer
    /// One entry per open array or object: whether it has an element yet, and whether it is inline.
    private var containers: [(isEmpty: Bool, isInline: Bool)] = []
    /// A key was just written, so the next value belongs to it rather than starting an element.
    private var afterKey = false

    public init(reservingCapacity capacity: Int = 0) {
        output = TextBuffer(reservingCapacity: capacity)
    }

    /// The text of one value `body` writes, with the final newline.
    public static func text(reservingCapacity capacity: Int = 0, _ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(reservingCapacity: capacity)
        body(&writer)
        return writer.finish()
    }

    /// The text, with the final newline; the writer is left empty.
    public mutating func finish() -> String {
        output.append(ascii: .newline)
        return output.finish()
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(.openBrace, inline: false)
        body(&self)
        close(.closeBrace)
    }

    /// An array of the values `body` writes, one per line.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(.openBracket, inline: false)
        body(&self)
        close(.closeBracket)
    }

    /// An array on one line, `[1, 2, 3]`: for scalars, which read better side by side.
    public mutating func inlineArray(_ body: (inout JSONWriter) -> Void) {
        open(.openBracket, inline: true)
        body(&self)
        close(.closeBracket)
    }

    /// Starts a member of the innermost object; exactly one value follows.
    public mutating func key(_ key: String) {
        startElement()
        string(key)
        output.append(": ")
        afterKey = true
    }

    public mutating func value(_ string: String) {
        startValue()
        self.string(string)
    }

    public mutating func value(_ number: Int) {
        startValue()
        output.append(number)
    }

    /// JSON has no infinity or NaN: those are null. An integral value below 10^15 has no fraction;
    /// others are Swift's shortest text that reads back as the same Double.
    public mutating func value(_ number: Double) {
        startValue()
        guard number.isFinite else {
            output.append("null")
            return
        }
        if number == number.rounded(), abs(number) < 1e15 {
            output.append(Int(number))
        } else {
            output.append(number.description)
        }
    }

    public mutating func value(_ flag: Bool) {
        startValue()
        output.append(flag ? "true" : "false")
    }

    public mutating func null() {
        startValue()
        output.append("null")
    }

    public mutating func field(_ key: String, _ text: String) {
        self.key(key)
        value(text)
    }

    public mutating func field(_ key: String, _ number: Int) {
        self.key(key)
        value(number)
    }

    public mutating func field(_ key: String, _ number: Double) {
        self.key(key)
        value(number)
    }

    public mutating func field(_ key: String, _ flag: Bool) {
        self.key(key)
        value(flag)
    }

    /// A member whose value is an object.
    public mutating func field(_ key: String, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        object(body)
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !containers.isEmpty {
            startElement()
        }
    }

    /// Before an element: a separator after the previous one, then the new line and indentation,
    /// or a space in an inline array.
    private mutating func startElement() {
        let last = containers.count - 1
        let first = containers[last].isEmpty
        containers[last].isEmpty = false
        if containers[last].isInline {
            if !first { output.append(", ") }
            return
        }
        output.append(first ? "\n" : ",\n")
        indent(containers.count)
    }

    private mutating func open(_ bracket: UInt8, inline: Bool) {
        startValue()
        output.append(ascii: bracket)
        containers.append((isEmpty: true, isInline: inline))
    }

    private mutating func close(_ bracket: UInt8) {
        let closed = containers.removeLast()
        if !closed.isEmpty, !closed.isInline {
            output.append(ascii: .newline)
            indent(containers.count)
        }
        output.append(ascii: bracket)
    }

    private mutating func indent(_ level: Int) {
        output.append(ascii: UInt8(ascii: " "), count: 2 * level)
    }

    /// Quoted, escaping quotes, backslashes and control characters; runs of other bytes (`/`, DEL
    /// and non-ASCII included) are copied as they are.
    private mutating func string(_ string: String) {
        output.append(ascii: .quote)
        var string = string
        string.withUTF8 { utf8 in
            var start = 0
            for (position, byte) in utf8.enumerated() where byte < 0x20 || byte == .quote || byte == .backslash {
                output.append(UnsafeBufferPointer(rebasing: utf8[start..<position]))
                escape(byte)
                start = position + 1
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        output.append(ascii: .quote)
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case .quote: output.append("\\\"")
        case .backslash: output.append("\\\\")
        case 0x08: output.append("\\b")
        case 0x0C: output.append("\\f")
        case .newline: output.append("\\n")
        case 0x0D: output.append("\\r")
        case 0x09: output.append("\\t")
        default:
            let hex = String(byte, radix: 16)
            output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        }
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
}
