/// Escaping shared by the renderers: each language decides what a character becomes, and control
/// characters, which none of them can show, become spaces.
enum SourceText {
    /// `text` with each character replaced by `replacement(character)`, or kept when that is nil.
    /// A line break reaches `replacement` as "\n", whether it was written `\n`, `\r\n` or `\r`.
    static func escape(_ text: String, _ replacement: (Character) -> String?) -> String {
        var result = ""
        for character in text {
            let normalized: Character = character.isNewline ? "\n" : character
            if let replaced = replacement(normalized) {
                result += replaced
            } else if normalized.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                result += " "
            } else {
                result.append(normalized)
            }
        }
        return result
    }
}
