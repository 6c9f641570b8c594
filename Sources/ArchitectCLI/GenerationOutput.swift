import ArchitectureGenerators
import Foundation

/// Writes a generation's files under the output directory and prints what was written, the
/// placeholders still to fill in, and warnings about the model.
enum GenerationOutput {
    static func write(_ generation: Generation, to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        for file in generation.files {
            try OutputFile.write(file.contents, to: file.path, under: root)
            print("wrote \(root.appendingPathComponent(file.path).path)")
        }
        if !generation.placeholders.isEmpty {
            print("\nplaceholders to fill in before applying:")
            for placeholder in generation.placeholders { print("  - \(placeholder)") }
        }
        for warning in generation.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
    }
}
