package import ArchitectureModel

/// Data classifications that need protection (rules.md: `contains` is an open list; these matter).
package enum SensitiveData {
    package static let labels: Set<String> = ["pii", "payment", "phi", "secrets", "credentials"]

    /// The sensitive labels a datastore declares, in its order.
    package static func labels(of datastore: Datastore) -> [String] { datastore.contains.filter(labels.contains) }
}
