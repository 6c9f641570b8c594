import ArchitectTestSupport
import Foundation
import Testing

/// `architect analyze --format json` against an independent implementation written in Python from
/// model.md and analysis.md alone (Tests/ArchitectureAnalysisTests/Reference): every field of
/// analysis.md must agree to 1e-9 on random models it generates, a 300-service model over 8 zones,
/// the examples, and small models whose figures were worked out on paper.
@Suite(.serialized, .timeLimit(.minutes(10))) struct AnalysisReferenceTests {
    static let reference = RepositoryPaths.root.appendingPathComponent("Tests/ArchitectureAnalysisTests/Reference")
    static let pythonReady = ExternalTools.pythonModulesAvailable(["yaml"])

    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-reference-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func python(_ script: String, _ arguments: [String]) -> ExternalTools.RunResult {
        ExternalTools.run("python3", [Self.reference.appendingPathComponent(script).path] + arguments)
    }

    @Test(.enabled(if: pythonReady, "needs python3 with PyYAML: pip install pyyaml"))
    func referenceMatchesTheHandWorkedFigures() {
        let result = python("check_hand.py", [])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(", 0 differences"))
    }

    @Test(.enabled(if: pythonReady, "needs python3 with PyYAML: pip install pyyaml"))
    func analyzeAgreesWithTheReference() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let random = directory.appendingPathComponent("random").path
        let large = directory.appendingPathComponent("large").path
        for (output, arguments) in [
            (random, ["--seed", "11", "--count", "40"]),
            (large, ["--seed", "7", "--count", "1", "--services", "300", "--zones", "8"]),
        ] {
            let generated = python("random_models.py", [output] + arguments)
            try #require(generated.status == 0, "\(generated.stderr)")
        }
        var models = try [random, large].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted().map {
                "\(folder)/\($0)"
            }
        }
        models += RepositoryPaths.exampleModels().map(\.path)
        let hand = Self.reference.appendingPathComponent("hand")
        models += try FileManager.default.contentsOfDirectory(atPath: hand.path).filter { $0.hasSuffix(".yaml") }.map {
            hand.appendingPathComponent($0).path
        }
        #expect(models.count >= 45)
        let checked = python(
            "cross_check.py",
            [try Architect.executable(), directory.appendingPathComponent("out").path] + models
        )
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains(", 0 with mismatches or failures"))
    }

    @Test(.enabled(if: pythonReady, "needs python3 with PyYAML: pip install pyyaml"))
    func whatIfOverridesAgreeWithTheReference() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let random = directory.appendingPathComponent("random").path
        _ = python("random_models.py", [random, "--seed", "12", "--count", "8"])
        let models = try FileManager.default.contentsOfDirectory(atPath: random).filter { $0.hasSuffix(".yaml") }.map {
            "\(random)/\($0)"
        }
        let checked = python(
            "cross_check.py",
            [try Architect.executable(), directory.appendingPathComponent("out").path] + models + [
                "--peak-rps", "3000", "--growth", "2.5",
            ]
        )
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }
}
