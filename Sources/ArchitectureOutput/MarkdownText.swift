import Foundation

/// Markdown's escaping, in one place: text inside a table cell.
public enum MarkdownText {
    /// Text safe inside a table cell: pipes escaped, line breaks flattened. Most text has neither,
    /// and a scan of its bytes costs far less than Foundation's search, which runs only on the rest.
    public static func cell(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { utf8 in !utf8.contains { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") } }
        return plain ? text : text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
