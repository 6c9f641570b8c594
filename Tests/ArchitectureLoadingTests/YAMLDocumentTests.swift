import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// Hostile and unusual input: a clear error with a location, or a correct load, in bounded time.
@Suite(.timeLimit(.minutes(1))) struct YAMLDocumentTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        ModelLoader.load(text: text, file: "m.yaml").diagnostics
    }

    private func onlyError(_ text: String) throws -> Diagnostic {
        let found = diagnostics(text)
        try #require(found.count == 1, "\(found.map(\.message))")
        #expect(found[0].severity == .error)
        return found[0]
    }

    @Test(arguments: ["", "   \n\n", "# only a comment\n"])
    func emptyFilesSayTheModelIsEmpty(_ text: String) throws {
        let error = try onlyError(text)
        #expect(error.message == "the model is empty")
        #expect(error.location == SourceLocation(file: "m.yaml", line: 1, column: 1))
    }

    @Test func aScalarOrAListIsNotAModel() throws {
        #expect(try onlyError("hello\n").message == "expected a model mapping, found `hello`")
        #expect(try onlyError("- a\n- b\n").message == "expected a model mapping, found a list")
    }

    @Test func invalidUTF8IsReportedWhereItStarts() throws {
        let bytes: [UInt8] = Array("architect: 1\nsystem: ".utf8) + [0xFF, 0xFE, 0x00, 0x80]
        let result = ModelLoader.load(data: Data(bytes), file: "m.yaml")
        #expect(result.model == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "the file is not UTF-8 text")
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.location.column == 9)
    }

    /// Valid non-ASCII text before the bad byte counts as characters, not as the error.
    @Test func invalidUTF8AfterAccentsIsReportedWhereItStarts() throws {
        let bytes: [UInt8] = Array("architect: 1\nsystem: {name: café, x: ".utf8) + [0xC3, 0x28]
        let result = ModelLoader.load(data: Data(bytes), file: "m.yaml")
        // "system: {name: café, x: " is 24 characters (é is one), so the bad byte starts column 25.
        #expect(result.diagnostics.map(\.location) == [SourceLocation(file: "m.yaml", line: 2, column: 25)])
    }

    @Test func controlCharactersAreAnError() throws {
        let error = try onlyError("architect: 1\nsystem: \u{01}\u{02}\n")
        #expect(error.message.hasPrefix("the file is not YAML text"))
    }

    @Test func billionLaughsStopsAtTheNodeBound() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = try onlyError(text)
        #expect(error.message.contains("too many nodes through its aliases"))
        #expect(error.location.line >= 1)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let depth = 100_000
        let text =
            "architect: 1\nsystem: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "\n"
        let error = try onlyError(text)
        #expect(error.message.contains("invalid YAML"))
        #expect(error.location.line == 2)
    }

    @Test func oversizedTextIsRefused() throws {
        let text = "architect: 1\n# " + String(repeating: "x", count: 129 * 1_048_576) + "\n"
        let error = try onlyError(text)
        #expect(error.message == "the file is 129 MiB; a model may be at most 128 MiB")
    }

    @Test func severalDocumentsAreAnError() throws {
        let error = try onlyError("architect: 1\nsystem: {name: a}\n---\narchitect: 1\n")
        #expect(error.message == "the file holds several YAML documents; a model is one document")
        #expect(error.location.line == 3)
    }

    @Test func tabsAreExplained() throws {
        let error = try onlyError("architect: 1\nsystem:\n\tname: s\n")
        #expect(error.location.line == 3)
        #expect(error.hint?.contains("tabs") == true)
    }

    @Test func duplicateKeysAreAnError() throws {
        let error = try onlyError("architect: 1\nsystem: {name: s}\nservices:\n  a: {}\n  a: {}\n")
        #expect(error.message == "duplicate key `a` in one mapping (first at line 4); each key may appear once")
        #expect(error.location.line == 5)
    }

    /// A key must be a scalar. A collection key is refused at once, even an alias to a huge shared
    /// structure (which a composer that hashes keys would walk exponentially); a scalar alias is its text.
    @Test func keysMustBeScalars() throws {
        #expect(try onlyError("[a, b]: 1\n").message == "a mapping key must be a plain name, not a list")
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            bomb += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        bomb += "? *a8\n: 1\n"
        let error = try onlyError(bomb)
        #expect(error.message.contains("too many nodes") || error.message.contains("must be a plain name"))
        let found = diagnostics("k: &name architect\n*name : 1\nsystem: {name: s}\n")
        #expect(found.map(\.message) == ["unknown field `k` in model"])
    }

    @Test func explicitTagsAreRefused() throws {
        let text = "architect: 1\nsystem: {name: s}\nservices:\n  a: {replicas: !!int \"3\"}\n"
        let error = try onlyError(text)
        #expect(error.message == "YAML tags such as `!!int` are not part of the model format")
        #expect(error.location.line == 4)
    }

    @Test func anchorsAliasesAndMergeKeysLoad() throws {
        let text = """
            architect: 1
            system: {name: s}
            x-defaults: &defaults
            services:
              base: &base {replicas: 3, concurrency: 8, service_time: 2ms}
              a: {<<: *base, concurrency: 4}
              b:
                <<: [*base, {tracing: true}]
            """
        // `x-defaults` is not a field: even a holder for anchors is reported, never ignored.
        let found = diagnostics(text)
        #expect(found.map(\.message) == ["unknown field `x-defaults` in model"])
        let clean = text.replacingOccurrences(of: "x-defaults: &defaults\n", with: "")
        let model = try #require(ModelLoader.load(text: clean, file: "m.yaml").model)
        let a = try #require(model.services.first { $0.name == "a" })
        #expect(a.placement.replicas == 3)
        #expect(a.serving.concurrency == 4)
        #expect(a.serving.serviceTime == .milliseconds(2))
        let b = try #require(model.services.first { $0.name == "b" })
        #expect(b.tracing)
        #expect(b.serving.concurrency == 8)
    }

    @Test func jsonLoadsLikeYAML() throws {
        let json = """
            {"architect": 1, "system": {"name": "s", "requirements": {"peak_rps": 100}},
             "services": {"api": {"replicas": 2, "calls": [{"to": "db-api", "timeout": "250ms", "retries": 1}]},
                          "db-api": {"tracing": true}},
             "workflows": {"read": {"entry": "api", "share": "50%"}}}
            """
        let model = try #require(ModelLoader.load(text: json, file: "m.json").model)
        #expect(model.system.requirements.peakRPS == 100)
        #expect(model.services.first?.calls.first?.timeout == .milliseconds(250))
        #expect(model.services.first?.calls.first?.retries.max == 1)
        #expect(model.workflows.first?.share == 0.5)
    }

    @Test func quotedNumbersAreStringsNotNumbers() throws {
        let text = "architect: 1\nsystem: {name: s}\nservices:\n  a: {replicas: \"3\"}\n"
        let error = try onlyError(text)
        #expect(error.message == "expected a whole number >= 1, found the string \"3\"")
    }

    @Test func unreadableFilesThrow() {
        #expect(throws: ModelLoader.UnreadableFile.self) { try ModelLoader.load(contentsOf: "/nonexistent/model.yaml") }
        #expect(throws: ModelLoader.UnreadableFile.self) { try ModelLoader.load(contentsOf: NSTemporaryDirectory()) }
    }
}
