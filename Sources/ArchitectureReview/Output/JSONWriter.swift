/// Writes JSON text value by value, byte for byte as `JSONText.encode` (Foundation's `JSONEncoder`,
/// pretty-printed with sorted keys and unescaped slashes) prints the same values, without the encoder's
/// tree of boxed values: a review with 100,000s of findings renders in a fraction of the time.
///
/// Callers write each object's keys in the order `JSONEncoder` sorts them, by their UTF-8 bytes
/// (`$schema` before `runs`, `ruleId` before `ruleIndex`); debug builds check it.
package struct JSONWriter {
    private var output: TextBuffer
    /// One entry per open array or object: whether it has an element yet, and the last key written.
    private var containers: [(isEmpty: Bool, lastKey: String?)] = []
    /// A key was just written, so the next value belongs to it rather than starting an array element.
    private var afterKey = false

    package init(reservingCapacity capacity: Int = 0) {
        output = TextBuffer(reservingCapacity: capacity)
    }

    /// The text, with the final newline `JSONText.encode` adds; the writer is left empty.
    package mutating func finish() -> String {
        output.append(ascii: .newline)
        return output.finish()
    }

    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(.openBrace)
        body(&self)
        close(.closeBrace)
    }

    /// An array of the values `body` writes.
    package mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(.openBracket)
        body(&self)
        close(.closeBracket)
    }

    /// Starts a member of the innermost object; exactly one value follows.
    package mutating func key(_ key: String) {
        assert(containers.last?.lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "\(key) unsorted")
        startElement()
        containers[containers.count - 1].lastKey = key
        string(key)
        output.append(" : ")
        afterKey = true
    }

    package mutating func value(_ string: String) {
        startValue()
        self.string(string)
    }

    package mutating func value(_ number: Int) {
        startValue()
        output.append(number)
    }

    package mutating func value(_ flag: Bool) {
        startValue()
        output.append(flag ? "true" : "false")
    }

    package mutating func null() {
        startValue()
        output.append("null")
    }

    package mutating func field(_ key: String, _ text: String) {
        self.key(key)
        value(text)
    }

    package mutating func field(_ key: String, _ number: Int) {
        self.key(key)
        value(number)
    }

    package mutating func field(_ key: String, _ flag: Bool) {
        self.key(key)
        value(flag)
    }

    /// A member whose value is an object.
    package mutating func field(_ key: String, _ body: (inout JSONWriter) -> Void) {
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

    /// `JSONEncoder` puts every element on its own line, even in an empty container: `[`, a newline, the
    /// elements separated by `,` and a newline, each indented, then a newline and the indented `]`.
    private mutating func startElement() {
        let last = containers.count - 1
        if containers[last].isEmpty {
            containers[last].isEmpty = false
        } else {
            output.append(",\n")
        }
        indent(containers.count)
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        output.append(ascii: bracket)
        output.append(ascii: .newline)
        containers.append((isEmpty: true, lastKey: nil))
    }

    private mutating func close(_ bracket: UInt8) {
        containers.removeLast()
        output.append(ascii: .newline)
        indent(containers.count)
        output.append(ascii: bracket)
    }

    private mutating func indent(_ level: Int) {
        output.append(ascii: UInt8(ascii: " "), count: 2 * level)
    }

    /// Quoted, escaping what `JSONEncoder` escapes: quotes, backslashes and control characters; runs of
    /// other bytes (`/`, DEL and non-ASCII included) are copied as they are.
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
