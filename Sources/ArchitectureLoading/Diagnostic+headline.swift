package import ArchitectureModel

extension Diagnostic {
    /// `shop.yaml:9:14: error: unknown service `order` [services.gateway.calls[0].to]`, the first line
    /// `architect check` prints, and what the MCP server reports for a model that does not load.
    package var headline: String {
        let at = path.isEmpty ? "" : " [\(path)]"
        return "\(location): \(severity.rawValue): \(message)\(at)"
    }
}
