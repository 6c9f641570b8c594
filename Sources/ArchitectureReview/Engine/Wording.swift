import ArchitectureModel

/// Lists and counts as findings print them: `a, b and 3 more`, `3 services` (numbers: `NumberText`).
package enum Wording {
    /// `a`, `a and b`, `a, b and c`, or the first `limit` and `and n more`.
    package static func list(_ items: [String], limit: Int = 8) -> String {
        let shown = Array(items.prefix(limit))
        let rest = items.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        guard shown.count > 1, let last = shown.last else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `1 service`, `3 services`.
    package static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }
}
