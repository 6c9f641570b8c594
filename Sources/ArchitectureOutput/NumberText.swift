import Foundation

/// The one number formatter of every output, so a figure reads the same in `analyze`, `review`,
/// the report and a diagram: decimals with trailing zeros dropped, percentages, milliseconds,
/// money, and plain decimal notation where an exponent would change a value's type.
public enum NumberText {
    /// Up to `decimals` decimals, trailing zeros dropped: 2.0 -> `2`, 2.50 -> `2.5`, 1/3 -> `0.333`.
    /// Values of 10^15 and more keep Swift's exponent form (`1e+20`); infinities read `infinity`.
    public static func decimal(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value > 0 ? "infinity" : "-infinity" }
        // No decimal is left to round at that size, and scaling would lose the last digit.
        if abs(value) >= 1e15 { return String(value) }
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 15)) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A fraction as a percentage with up to `decimals` decimals: 0.9995 -> `99.95%`.
    public static func percent(_ fraction: Double, decimals: Int = 4) -> String {
        decimal(fraction * 100, decimals: decimals) + "%"
    }

    /// `12.5 ms`.
    public static func milliseconds(_ value: Double, decimals: Int = 2) -> String {
        decimal(value, decimals: decimals) + " ms"
    }

    /// `$9,700` or `-$1,234.5`: thousands grouped, up to two decimals.
    public static func money(_ value: Double) -> String {
        let text = decimal(value, decimals: 2)
        guard !text.contains("e"), value.isFinite else { return "$" + text }
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "")
        let negative = whole.hasPrefix("-")
        if negative { whole.removeFirst() }
        var grouped = ""
        for (offset, digit) in whole.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-$" : "$") + String(grouped.reversed()) + fraction
    }

    /// Decimal notation with up to `places` decimals and never an exponent (`0.00001`, `99.95`): for
    /// YAML and PromQL, where `1e-05` would read back as a string or a different number.
    public static func plain(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return decimal(value) }
        var text = String(format: "%.\(max(0, min(places, 20)))f", value)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
