import Foundation

/// Compose's variable syntax: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`,
/// `${VAR+alt}`, `${VAR:?error}`, `${VAR?error}`, and `$$` for a literal `$`; defaults may nest.
package struct ComposeInterpolation: Sendable {
    package var variables: [String: String]
    /// Variables used but not set, so the importer can say which values are guesses.
    package private(set) var missing: [String] = []

    package init(variables: [String: String]) {
        self.variables = variables
    }

    /// Reads a `.env` file: `KEY=VALUE` lines, `#` comments, optional `export` and quotes; a value
    /// may use variables defined above it (or in `inherited`, which wins, as the shell does).
    package static func parseEnvFile(_ text: String, inherited: [String: String] = [:]) -> [String: String] {
        var result = inherited
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("export ") { line = line.dropFirst("export ".count) }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<equals]).trimmingCharacters(in: .whitespaces)
            var value = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            let quote = value.first
            if let quote, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                value = String(value.dropFirst().dropLast())
            } else if let hash = value.range(of: " #") {
                value = String(value[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            guard !key.isEmpty, inherited[key] == nil else { continue }
            if quote != "'" {
                var interpolation = ComposeInterpolation(variables: result)
                value = interpolation.apply(value)
            }
            result[key] = value
        }
        return result
    }

    /// The text with every variable replaced; an unset variable without default becomes empty.
    package mutating func apply(_ text: String) -> String {
        guard text.contains("$") else { return text }
        let characters = Array(text)
        var index = 0
        return expand(characters, &index, until: nil)
    }

    private mutating func expand(_ characters: [Character], _ index: inout Int, until terminator: Character?) -> String
    {
        var output = ""
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            if let terminator, character == terminator, depth == 0 { return output }
            guard character == "$", index + 1 < characters.count else {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                output.append(character)
                index += 1
                continue
            }
            let next = characters[index + 1]
            if next == "$" {
                output.append("$")
                index += 2
            } else if next == "{" {
                index += 2
                output += braced(characters, &index)
            } else if next.isLetter || next == "_" {
                index += 1
                var name = ""
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber
                        || characters[index] == "_"
                {
                    name.append(characters[index])
                    index += 1
                }
                output += value(of: name) ?? ""
            } else {
                output.append(character)
                index += 1
            }
        }
        return output
    }

    /// After `${`: the name, an optional operator and its word, up to the matching `}`.
    private mutating func braced(_ characters: [Character], _ index: inout Int) -> String {
        var name = ""
        while index < characters.count,
            characters[index].isLetter || characters[index].isNumber
                || characters[index] == "_"
        {
            name.append(characters[index])
            index += 1
        }
        var operation = ""
        while index < characters.count, ":-+?".contains(characters[index]), operation.count < 2 {
            operation.append(characters[index])
            index += 1
            if operation != ":" { break }
        }
        let word = expand(characters, &index, until: "}")
        index += 1  // the closing brace
        let current = variables[name]
        switch operation {
        case ":-": return current.flatMap { $0.isEmpty ? nil : $0 } ?? word
        case "-": return current ?? word
        case ":+": return (current?.isEmpty ?? true) ? "" : word
        case "+": return current == nil ? "" : word
        default: return value(of: name) ?? ""
        }
    }

    private mutating func value(of name: String) -> String? {
        if let value = variables[name] { return value }
        if !missing.contains(name) { missing.append(name) }
        return nil
    }
}
