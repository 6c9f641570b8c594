package import ArchitectureModel

/// What became of one waiver in a review.
package struct WaiverStatus: Sendable, Hashable {
    package enum State: Sendable, Hashable {
        /// It accepted this many findings.
        case applied(Int)
        /// Its `expires` date lies before the review's date.
        case expired
        /// It matched no finding of a rule that ran.
        case unused
        /// Its rule did not run (disabled or not selected), so nothing can be said.
        case notChecked
    }

    package var waiver: Waiver
    package var state: State
}
