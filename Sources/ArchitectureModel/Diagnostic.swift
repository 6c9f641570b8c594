/// One problem found in a model: where it is, what is wrong, and how to fix it.
///
/// Loading collects every diagnostic in one pass instead of stopping at the first.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    /// The YAML path of the element, such as `services.orders.calls[0].timeout`; empty for the document.
    public var path: String
    public var message: String
    /// How to fix it, such as "did you mean `orders-db`?"; nil when there is nothing to add.
    public var hint: String?
    public var location: SourceLocation

    public init(severity: Severity, path: String, message: String, hint: String? = nil, location: SourceLocation) {
        self.severity = severity
        self.path = path
        self.message = message
        self.hint = hint
        self.location = location
    }
}

extension [Diagnostic] {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// In file order, errors before warnings at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.severity.rank)
                < ($1.location.file, $1.location.line, $1.location.column, $1.severity.rank)
        }
    }
}
