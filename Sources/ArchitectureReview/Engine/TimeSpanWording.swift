import ArchitectureModel

/// Durations as findings print them, in the model's own units (`800ms`, `2s`).
package enum TimeSpanWording {
    package static func seconds(_ value: Double) -> String {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return TimeSpan(seconds: rounded).description
    }
}
