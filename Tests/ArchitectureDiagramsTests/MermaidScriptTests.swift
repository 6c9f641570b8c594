import ArchitectTestSupport
import ArchitectureDiagrams
import Foundation
import Testing

@Suite struct MermaidScriptTests {
    /// The bundled script is the published 11.16.0 build, byte for byte, with its notice beside it.
    @Test func bundledScriptIsTheNoticedRelease() throws {
        let script = try #require(MermaidScript.url)
        let result = ExternalTools.run("sha256sum", [script.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(MermaidScript.sha256 + " "))
        let notice = try String(contentsOf: try #require(MermaidScript.noticeURL), encoding: .utf8)
        #expect(notice.contains("Mermaid **\(MermaidScript.version)**"))
        #expect(notice.contains("The MIT License (MIT)"))
        #expect(notice.contains(MermaidScript.sha256))
    }
}
