package import ArchitectureModel

/// A declared call with its caller and its finding target.
package struct CallSite: Sendable {
    package var caller: Service
    package var call: Call
    /// `caller->callee`, or `caller->callee#n` for the n-th call between the same pair.
    package var target: String
}
