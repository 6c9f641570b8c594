public import Foundation

/// The vendored Mermaid browser build that renders the Mermaid sources in a page.
public enum MermaidScript {
    /// The Mermaid release the script is (see Resources/mermaid.NOTICE.md).
    public static let version = "11.16.0"
    /// sha256 of the script, as published for `mermaid@11.16.0/dist/mermaid.min.js`.
    public static let sha256 = "74d7c46dabca328c2294733910a8aa1ed0c37451776e8d5295da38a2b758fb9b"

    /// Where the script is in the package's resource bundle.
    public static var url: URL? { Bundle.module.url(forResource: "mermaid.min", withExtension: "js") }

    /// The provenance and MIT license text to ship next to the script.
    public static var noticeURL: URL? { Bundle.module.url(forResource: "mermaid.NOTICE", withExtension: "md") }
}
