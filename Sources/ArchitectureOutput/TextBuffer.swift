/// A large text built from many small pieces, as the review renderers write 100s of MB of it.
///
/// Pieces are appended as UTF-8 to a small byte buffer that is reused, and move into the result 64 KiB
/// at a time. Appending each piece to a `String` costs several times more, and collecting every byte
/// in an array to convert at the end makes a second copy of the whole text: on a large report the page
/// faults of that copy alone cost more than writing the bytes.
public struct TextBuffer {
    private var text = ""
    private var pending: [UInt8] = []

    /// - Parameter capacity: the expected size in bytes; a good guess saves regrowing the text.
    public init(reservingCapacity capacity: Int = 0) {
        text.reserveCapacity(capacity)
        pending.reserveCapacity(Self.chunk + 1_024)
    }

    /// The whole text, leaving the buffer empty. Mutating rather than consuming: consuming a buffer held
    /// in a property would copy it, and the last bytes would then be appended to a shared text, copying it.
    public mutating func finish() -> String {
        flush()
        defer { text = "" }
        return text
    }

    public mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// The UTF-8 of whole Unicode scalars: every piece ends at a scalar boundary, so the pending bytes
    /// are valid text after any of them.
    public mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: utf8)
        if pending.count >= Self.chunk { flush() }
    }

    /// One ASCII character.
    public mutating func append(ascii byte: UInt8) {
        pending.append(byte)
        if pending.count >= Self.chunk { flush() }
    }

    /// An ASCII character `count` times, as in indentation.
    public mutating func append(ascii byte: UInt8, count: Int) {
        pending.append(contentsOf: repeatElement(byte, count: count))
        if pending.count >= Self.chunk { flush() }
    }

    public mutating func append(_ number: Int) {
        append(number.description)
    }

    private static let chunk = 1 << 16

    private mutating func flush() {
        text.append(String(decoding: pending, as: UTF8.self))
        pending.removeAll(keepingCapacity: true)
    }
}
