import ArchitectureOutput
import Testing

@Suite struct TextBufferTests {
    /// Pieces of two- and four-byte characters run across many 64 KiB chunks: none may be split.
    @Test func keepsCharactersWholeAcrossChunks() {
        var buffer = TextBuffer(reservingCapacity: 10)
        var expected = ""
        for index in 0..<30_000 {
            let piece = index.isMultiple(of: 3) ? "é😀" : "e\u{301} \(index)"
            buffer.append(piece)
            buffer.append(index)
            buffer.append(ascii: UInt8(ascii: "\n"))
            buffer.append(ascii: UInt8(ascii: " "), count: index % 5)
            expected += piece + "\(index)\n" + String(repeating: " ", count: index % 5)
        }
        let text = buffer.finish()
        #expect(text.utf8.count > 4 * 65_536)
        #expect(text.utf8.elementsEqual(expected.utf8))
        #expect(buffer.finish().isEmpty)
    }
}
