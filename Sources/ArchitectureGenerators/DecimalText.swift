import Foundation

/// Numbers in decimal notation without trailing zeros (`0.425`, `99.95`), for durations, percentages
/// and YAML values, where an exponent or `0.4250` would read badly or change type.
enum DecimalText {
    static func format(_ value: Double, places: Int) -> String {
        var text = String(format: "%.\(places)f", value)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
