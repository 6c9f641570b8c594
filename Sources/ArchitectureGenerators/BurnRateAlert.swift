package import ArchitectureModel

/// One row of a multi-window, multi-burn-rate alert table (Google SRE workbook, chapter 5): fire when
/// the error rate exceeds `factor` times the error budget over both windows. The long window measures
/// the budget spent; the short one makes the alert stop soon after the burn does.
package struct BurnRateAlert: Sendable, Hashable {
    package var severity: String
    package var longWindow: TimeSpan
    package var shortWindow: TimeSpan
    package var factor: Double

    package init(severity: String, longWindow: TimeSpan, shortWindow: TimeSpan, factor: Double) {
        self.severity = severity
        self.longWindow = longWindow
        self.shortWindow = shortWindow
        self.factor = factor
    }

    /// The workbook's table: page when 2% of the budget goes in 1h or 5% in 6h, ticket when 10% goes in
    /// 1d or in 3d. Factors are budget share × window / long window: 14.4, 6, 3 and 1 for 30 days.
    package static func workbook(window: TimeSpan) -> [BurnRateAlert] {
        let hour = 3_600.0
        let rows: [(String, Double, Double, Double)] = [
            ("page", 1 * hour, 5 * 60, 0.02), ("page", 6 * hour, 30 * 60, 0.05),
            ("ticket", 24 * hour, 2 * hour, 0.10), ("ticket", 72 * hour, 6 * hour, 0.10),
        ]
        return rows.map { severity, long, short, budgetShare in
            let factor = (budgetShare * window.seconds / long * 1000).rounded() / 1000
            return BurnRateAlert(
                severity: severity,
                longWindow: TimeSpan(seconds: long),
                shortWindow: TimeSpan(seconds: short),
                factor: factor
            )
        }
    }
}
