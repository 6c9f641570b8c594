/// "Did you mean" for misspelled names, fields and values.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, ignoring case and `_` versus `-`,
    /// when it is close enough to be a likely typo.
    package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = normalized(word)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let other = normalized(candidate)
            let allowed = max(1, min(3, (max(target.count, other.count) + 2) / 4))
            guard abs(target.count - other.count) <= allowed else { continue }
            let distance = editDistance(target, other, limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// `did you mean `x`?`, or nil.
    package static func hint(for word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).map { "did you mean `\($0)`?" }
    }

    private static func normalized(_ word: String) -> [Character] {
        Array(word.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// Optimal string alignment distance (Levenshtein plus swapping two neighbours, so `lable` is one
    /// edit from `label`), giving up (returning limit + 1) once every path exceeds `limit`.
    private static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
