import ArchitectTestSupport
import Foundation
import Testing

/// Runs the built `architect` executable as a user would and checks its output and exit status.
@Suite struct CheckCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__"
    )

    @Test func validExampleExitsZero() throws {
        let result = try Architect.run(["check", "Examples/shop.yaml"], in: RepositoryPaths.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("Examples/shop.yaml: valid, 11 services"))
    }

    @Test func invalidModelPrintsCompilerStyleDiagnostics() throws {
        let result = try Architect.run(["check", "typos.yaml"], in: Self.fixtures)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("typos.yaml:9:14: error: unknown service `order` [services.gateway.calls[0].to]\n")
        )
        Golden.assertMatches(result.stdout, file: Self.snapshots.appendingPathComponent("check-typos.txt"))
    }

    @Test func jsonFormatPrintsOneObjectPerDiagnostic() throws {
        let result = try Architect.run(["check", "--format", "json", "typos.yaml"], in: Self.fixtures)
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 5)
        for entry in entries {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "path", "message", "hint"])
            #expect(entry["file"] as? String == "typos.yaml")
        }
        let first = try #require(entries.first)
        #expect(first["line"] as? Int == 4)
        #expect(first["column"] as? Int == 33)
        #expect(first["severity"] as? String == "error")
        #expect(first["path"] as? String == "system.requirements.availabilty")
        #expect(first["hint"] as? String == "did you mean `availability`?")
    }

    @Test func unreadableFileExitsTwo() throws {
        let result = try Architect.run(["check", "Examples/shop.yaml", "missing.yaml"], in: RepositoryPaths.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("missing.yaml: cannot read the file: no such file"))
        #expect(result.stdout.contains("Examples/shop.yaml: valid"))
    }

    @Test func oneInvalidAmongSeveralExitsOne() throws {
        let typos = Self.fixtures.appendingPathComponent("typos.yaml").path
        let result = try Architect.run(["check", "Examples/shop.yaml", typos], in: RepositoryPaths.root)
        #expect(result.status == 1)
    }

    @Test func schemaIsWrittenAtomicallyToAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-cli-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let printed = try Architect.run(["schema"], in: directory)
        let written = try Architect.run(["schema", "-o", "model.schema.json"], in: directory)
        #expect(printed.status == 0 && written.status == 0)
        let file = try String(contentsOf: directory.appendingPathComponent("model.schema.json"), encoding: .utf8)
        #expect(file == printed.stdout)
        #expect(file.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"))
    }

    @Test func explainDocumentsFieldsAndRejectsUnknownOnes() throws {
        let known = try Architect.run(["explain", "services.calls.timeout"], in: RepositoryPaths.root)
        #expect(known.status == 0)
        #expect(known.stdout.hasPrefix("services.calls.timeout\n  type: a duration"))
        let unknown = try Architect.run(["explain", "timout"], in: RepositoryPaths.root)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("did you mean `timeout`?"))
    }
}

/// The `architect` executable built beside this test bundle.
enum Architect {
    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "the architect executable is not built; run `swift build` first" }
    }

    static func executable() throws -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("architect").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = RepositoryPaths.root.appendingPathComponent(".build/debug/architect").path
        guard FileManager.default.isExecutableFile(atPath: fallback) else { throw NotBuilt() }
        return fallback
    }

    static func run(_ arguments: [String], in directory: URL) throws -> ExternalTools.RunResult {
        ExternalTools.run(try executable(), arguments, directory: directory)
    }
}
