import ArchitectureOutput

/// A duration from the model (`250ms`, `1.5s`, `7d`), kept in seconds.
public struct TimeSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var seconds: Double

    public init(seconds: Double) { self.seconds = seconds }

    public static func milliseconds(_ value: Double) -> TimeSpan { TimeSpan(seconds: value / 1000) }

    public var milliseconds: Double { seconds * 1000 }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }

    /// The shortest exact spelling in the model's units, such as `250ms` or `2s`.
    public var description: String {
        for (unit, size) in Self.units {
            let value = seconds / size
            if value >= 1, (value * 1000).rounded() == value * 1000 {
                return "\(Self.format(value))\(unit)"
            }
        }
        return "\(Self.format(seconds * 1_000_000))us"
    }

    /// Largest first, so the first exact one is the shortest spelling.
    private static let units: [(String, Double)] = [
        ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1), ("ms", 0.001), ("us", 0.000_001),
    ]

    private static func format(_ value: Double) -> String { NumberText.decimal(value, decimals: 9) }
}
