package import ArchitectureModel

/// A declared call with its caller and its finding target. Holds the caller's name and position,
/// not the caller: rules walk every call site, and a copied `Service` retains all of its fields.
package struct CallSite: Sendable {
    /// The caller's position in `model.services`.
    package var callerIndex: Int
    package var callerName: String
    package var call: Call
    /// The call as a finding's subject.
    package var subject: FindingSubject
    /// `caller->callee`, or `caller->callee#n` for the n-th call between the same pair.
    package var target: String { subject.description }
}
