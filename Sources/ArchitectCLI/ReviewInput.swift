import ArchitectureModel
import ArchitectureReview
import ArgumentParser
import Foundation

/// What `architect review` reads besides the model, and where it writes.
enum ReviewInput {
    /// The configuration file's settings; an invalid one prints every problem and exits 2.
    static func configuration(_ path: String?) throws -> ReviewConfiguration {
        guard let path else { return ReviewConfiguration() }
        let (configuration, diagnostics) = ReviewConfigurationFile.read(path)
        guard diagnostics.isEmpty else {
            let text = diagnostics.map { diagnostic in
                "\(diagnostic.location): error: \(diagnostic.message)"
                    + (diagnostic.hint.map { "\n  hint: \($0)" } ?? "")
            }
            FileHandle.standardError.write(Data((text.joined(separator: "\n") + "\n").utf8))
            throw ExitStatus.unusable
        }
        return configuration
    }

    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try OutputFile.write(text, to: path)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitStatus.unusable
        }
    }
}
