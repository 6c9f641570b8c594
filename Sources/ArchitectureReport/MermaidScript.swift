/// The Mermaid library a self-contained HTML report embeds, with what the page says about it.
public struct MermaidScript: Sendable {
    public var version: String
    public var license: String
    /// mermaid.min.js as shipped.
    public var source: String

    public init(version: String, license: String, source: String) {
        self.version = version
        self.license = license
        self.source = source
    }
}
