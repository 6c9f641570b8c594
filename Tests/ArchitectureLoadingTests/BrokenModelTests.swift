import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// The corpus of broken models: every `Fixtures/broken/NAME.yaml` comes with `NAME.expected`, which lists the
/// diagnostics a careful user expects, in file order, one per line as `LINE:COLUMN: SEVERITY: MESSAGE`. A line
/// `  hint: HINT` right after a diagnostic says which hint it must carry; hints are compared only where given.
@Suite struct BrokenModelTests {
    /// One expected diagnostic: its rendered line, and its hint when the fixture names one.
    struct Expectation: Equatable {
        var line: String
        var hint: String?
    }

    static let hintPrefix = "  hint: "

    static let directory: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("broken", isDirectory: true)

    /// Fixture names (file names without `.yaml`), sorted so test output is stable.
    static let fixtureNames: [String] = {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }()

    /// `LINE:COLUMN: SEVERITY: MESSAGE`, the form the `.expected` files use.
    static func render(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return "\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
    }

    /// Every diagnostic with its hint, ready to paste into a `.expected` file.
    static func renderAll(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            render(diagnostic) + (diagnostic.hint.map { "\n\(hintPrefix)\($0)" } ?? "")
        }.joined(separator: "\n")
    }

    /// Reads a `.expected` file; fails on a hint line without a diagnostic or a line in the wrong format.
    static func expectations(in text: String, file: String) throws -> [Expectation] {
        var result: [Expectation] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let line = String(line)
            if line.hasPrefix(hintPrefix) {
                guard !result.isEmpty, result[result.count - 1].hint == nil else {
                    Issue.record("\(file) line \(index + 1): a hint line must follow a diagnostic line, once")
                    continue
                }
                result[result.count - 1].hint = String(line.dropFirst(hintPrefix.count))
                continue
            }
            #expect(
                isDiagnosticLine(line),
                "\(file) line \(index + 1) is not `LINE:COLUMN: SEVERITY: MESSAGE`: \(line)"
            )
            result.append(Expectation(line: line))
        }
        return result
    }

    private static func isDiagnosticLine(_ line: String) -> Bool {
        let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, Int(parts[0]) != nil, Int(parts[1]) != nil else { return false }
        return [" error", " warning"].contains(parts[2]) && parts[3].hasPrefix(" ") && parts[3].count > 1
    }

    @Test func corpusHasAtLeastFortyModels() throws {
        let directory = try #require(Self.directory, "the Fixtures resource is missing from the test bundle")
        #expect(Self.fixtureNames.count >= 40, "only \(Self.fixtureNames.count) broken models in \(directory.path)")
    }

    @Test func everyModelHasItsExpectedFile() throws {
        let directory = try #require(Self.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let models = Set(files.filter { $0.hasSuffix(".yaml") }.map { $0.dropLast(".yaml".count) })
        let expected = Set(files.filter { $0.hasSuffix(".expected") }.map { $0.dropLast(".expected".count) })
        #expect(models.subtracting(expected).sorted() == [], "models without a .expected file")
        #expect(expected.subtracting(models).sorted() == [], ".expected files without a model")
    }

    @Test(arguments: BrokenModelTests.fixtureNames)
    func diagnostics(of name: String) throws {
        let directory = try #require(Self.directory)
        let modelURL = directory.appendingPathComponent("\(name).yaml")
        let expectedURL = directory.appendingPathComponent("\(name).expected")
        let text = String(decoding: try Data(contentsOf: modelURL), as: UTF8.self)
        let expectedText = try String(contentsOf: expectedURL, encoding: .utf8)
        let expected = try Self.expectations(in: expectedText, file: "\(name).expected")

        let result = ModelLoader.load(text: text, file: "\(name).yaml")
        let actual = result.diagnostics
        let report = "\(name).yaml: the loader reports:\n\(Self.renderAll(actual))"

        #expect(!expected.isEmpty, "\(name).expected lists no diagnostic; a broken model has at least one")
        #expect(!actual.isEmpty, "\(name).yaml loaded without any diagnostic")
        #expect(actual.map(Self.render) == expected.map(\.line), "\(report)")
        for (diagnostic, expectation) in zip(actual, expected) {
            guard let hint = expectation.hint, Self.render(diagnostic) == expectation.line else { continue }
            #expect(diagnostic.hint == hint, "hint of `\(expectation.line)`\n\(report)")
        }
        #expect(actual.allSatisfy { $0.location.file == "\(name).yaml" }, "diagnostics must name the file loaded")

        let expectsErrors = expected.contains { $0.line.contains(": error: ") }
        if expectsErrors {
            #expect(result.model == nil, "a model with errors must not load")
        } else {
            #expect(result.model != nil, "a model with warnings only still loads")
        }
    }
}
