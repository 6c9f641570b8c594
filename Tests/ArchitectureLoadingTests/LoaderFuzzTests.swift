import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// Thousands of seeded random mutations of the examples: the loader never crashes or hangs, every
/// diagnostic points inside the file, and every rejected model says why with at least one error.
@Suite(.timeLimit(.minutes(5))) struct LoaderFuzzTests {
    static let mutationsPerExample = 1_000

    @Test(arguments: RepositoryPaths.exampleModels())
    func mutatedExamplesAreRejectedWithLocations(_ url: URL) throws {
        let original = try String(contentsOf: url, encoding: .utf8)
        var random = RepeatableRandomNumberGenerator(
            seed: UInt64(url.lastPathComponent.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        )
        var rejected = 0
        for round in 0..<Self.mutationsPerExample {
            let mutant = Self.mutate(original, using: &random)
            let result = ModelLoader.load(text: mutant, file: "mutant.yaml")
            let lineCount = mutant.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in result.diagnostics {
                let location = diagnostic.location
                #expect(
                    location.line >= 1 && location.line <= lineCount + 1 && location.column >= 1,
                    "round \(round): \(location) outside the file: \(diagnostic.message)"
                )
                #expect(!diagnostic.message.isEmpty)
            }
            if result.model == nil {
                rejected += 1
                #expect(result.diagnostics.hasErrors, "round \(round): rejected without an error")
            } else {
                #expect(!result.diagnostics.hasErrors, "round \(round): errors but a model")
            }
        }
        // Most mutations break something; a fuzzer that rejects nothing is not mutating.
        #expect(rejected > Self.mutationsPerExample / 4)
    }

    /// One to three edits of the kinds that typos, bad merges and truncation make.
    static func mutate(_ text: String, using random: inout RepeatableRandomNumberGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fragments = [
            ":", "-", " ", "[", "]", "{", "}", "*", "&a", "%", "0", "-1", "1e9", "yes", "~", "\"", "'", "#", "\t", "->",
            "<<: *a", "!!int", "?", "ms", "\u{0}", "é", "orders", "zones", "calls",
        ]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !lines.isEmpty else { break }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                lines.remove(at: index)
            case 1:
                lines.insert(lines[index], at: index)
            case 2:
                lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            case 3:
                var characters = Array(lines[index])
                if !characters.isEmpty {
                    let position = Int.random(in: 0..<characters.count, using: &random)
                    characters[position] = fragments.randomElement(using: &random)?.first ?? " "
                }
                lines[index] = String(characters)
            case 4:
                let characters = Array(lines[index])
                let position = Int.random(in: 0...characters.count, using: &random)
                lines[index] =
                    String(characters[..<position]) + (fragments.randomElement(using: &random) ?? "")
                    + String(characters[position...])
            case 5:
                lines[index] = String(repeating: " ", count: Int.random(in: 0...3, using: &random)) + lines[index]
            case 6:
                lines = Array(lines[..<index])
            default:
                let words = lines[index].split(separator: " ")
                if let word = words.randomElement(using: &random),
                    let other = lines.randomElement(using: &random)?.split(separator: " ").randomElement(using: &random)
                {
                    lines[index] = lines[index].replacingOccurrences(of: word, with: other)
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
