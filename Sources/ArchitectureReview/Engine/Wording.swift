import ArchitectureModel

/// Numbers and lists as findings print them: `99.95%`, `2.5`, `a, b and 3 more`.
package enum Wording {
    /// A fraction as a percentage with up to four decimals: 0.9995 -> `99.95%`.
    package static func percent(_ fraction: Double) -> String { number(fraction * 100, decimals: 4) + "%" }

    /// Up to `decimals` decimals, trailing zeros dropped: 2.0 -> `2`, 2.50 -> `2.5`.
    package static func number(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return value > 0 ? "infinity" : "-infinity" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

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
