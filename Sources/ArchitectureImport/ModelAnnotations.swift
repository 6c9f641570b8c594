/// Comments to write into a model: a header, and lines above elements named by their YAML path
/// (`services.cart`, `services.cart.calls[0]`, `services.cart.uses[1]`, `datastores.orders-db`).
public struct ModelAnnotations: Sendable, Hashable {
    public var header: [String]
    public var above: [String: [String]]

    public init(header: [String] = [], above: [String: [String]] = [:]) {
        self.header = header
        self.above = above
    }

    public mutating func add(_ line: String, above path: String) {
        above[path, default: []].append(line)
    }
}
