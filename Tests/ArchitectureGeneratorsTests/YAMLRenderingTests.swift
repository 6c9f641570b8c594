import ArchitectureGenerators
import ArchitectureModel
import Testing
import Yams

@Suite struct YAMLRenderingTests {
    @Test func keepsKeyOrderAndQuotesStringsThatWouldChangeType() throws {
        let document: JSONValue = .members([
            "zeta": "true", "alpha": "8080", "port": 8080, "ratio": 0.0005, "tiny": 0.00001, "empty": nil,
            "flag": false, "version": "1.30", "text": "plain words",
        ])
        let yaml = YAMLRendering.render(document)
        #expect(
            yaml.split(separator: "\n").map { String($0.split(separator: ":")[0]) } == [
                "zeta", "alpha", "port", "ratio", "tiny", "flag", "version", "text",
            ]
        )
        let back = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(back["zeta"] as? String == "true")
        #expect(back["alpha"] as? String == "8080")
        #expect(back["version"] as? String == "1.30")
        #expect(back["port"] as? Int == 8080)
        #expect(back["ratio"] as? Double == 0.0005)
        #expect(back["tiny"] as? Double == 0.00001)
        #expect(back["flag"] as? Bool == false)
        #expect(yaml.contains("tiny: 0.00001\n"))
    }

    @Test func multiLineStringsAreLiteralBlocksAndDocumentsAreSeparated() {
        let yaml = YAMLRendering.render([["expr": "a\n/\nb\n"], ["kind": "Service"]])
        #expect(yaml == "---\nexpr: |\n  a\n  /\n  b\n---\nkind: Service\n")
    }
}
