import Foundation

/// Columns aligned for a terminal (text) or a pull-request comment (Markdown).
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []
    /// Rows to emphasise (red on a terminal, bold in Markdown).
    public var highlighted: Set<Int> = []

    public init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func add(_ row: [String], highlight: Bool = false) {
        if highlight { highlighted.insert(rows.count) }
        rows.append(row)
    }

    public func text(color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        let widths = headers.indices.map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var output = line(headers) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for (index, row) in rows.enumerated() {
            let text = line(row)
            output += (highlighted.contains(index) ? style.red(text) : text) + "\n"
        }
        return output
    }

    public func markdown() -> String {
        let escape = MarkdownText.cell
        var output = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
        output += "|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined() + "\n"
        for (index, row) in rows.enumerated() {
            let cells = row.map(escape).map { highlighted.contains(index) && !$0.isEmpty ? "**\($0)**" : $0 }
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
