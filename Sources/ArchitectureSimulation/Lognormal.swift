import Foundation

/// The lognormal service time that `service_time` and `service_time_p99` fix.
package enum Lognormal {
    /// model.md: sigma is the smaller root of ln(p99 / mean) = 2.3263 sigma - sigma^2 / 2; nil when
    /// there is none (p99 <= mean, or p99 / mean above e^(2.3263^2 / 2)).
    package static func sigma(p99: Double, mean: Double) -> Double? {
        guard mean > 0, p99 > mean else { return nil }
        let discriminant = 2.3263 * 2.3263 - 2 * log(p99 / mean)
        guard discriminant >= 0 else { return nil }
        return 2.3263 - discriminant.squareRoot()
    }
}
