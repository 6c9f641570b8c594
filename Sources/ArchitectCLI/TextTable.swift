import Foundation

/// Columns aligned for a terminal (text) or a pull-request comment (Markdown).
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Rows to emphasise (red on a terminal, bold in Markdown).
    var highlighted: Set<Int> = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func add(_ row: [String], highlight: Bool = false) {
        if highlight { highlighted.insert(rows.count) }
        rows.append(row)
    }

    func text(color: Bool) -> String {
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
            output += (color && highlighted.contains(index) ? "\u{1B}[31m\(text)\u{1B}[0m" : text) + "\n"
        }
        return output
    }

    func markdown() -> String {
        let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
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
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
