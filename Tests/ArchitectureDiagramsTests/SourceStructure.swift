import Foundation

/// Structure of diagram sources that no tool checks offline (Structurizr DSL, D2): quoted strings
/// removed, braces counted, declared identifiers and relationship endpoints listed.
struct SourceStructure {
    /// Each line with its double-quoted strings (backslash escapes included) replaced by `""`.
    let lines: [String]

    init(_ source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var result = ""
            var inString = false
            var escaped = false
            for character in line {
                if inString {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inString = false
                        result += "\""
                    }
                } else if character == "\"" {
                    inString = true
                    result += "\""
                } else if character == "#" && result.allSatisfy(\.isWhitespace) {
                    break  // a D2 comment line
                } else {
                    result.append(character)
                }
            }
            return result
        }
    }

    /// Every `{` closed by a later `}`, never more closed than opened.
    var bracesBalance: Bool {
        var depth = 0
        for character in lines.joined() {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    /// `a -> b`: the two endpoints of each relationship line.
    var relationships: [(from: String, to: String)] {
        lines.compactMap { line in
            let parts = line.components(separatedBy: " -> ")
            guard parts.count == 2 else { return nil }
            let from = parts[0].trimmingCharacters(in: .whitespaces)
            let to = parts[1].split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init) ?? ""
            return (from, to)
        }
    }
}
