import ArchitectureDocs
import Foundation

/// Writes a generation's files under the output directory and prints what was written, the
/// placeholders still to fill in, and warnings about the model.
enum GenerationOutput {
    static func write(_ generation: Generation, to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        for file in generation.files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
            } catch {
                throw OutputFile.WriteError(path: url.path, reason: (error as NSError).localizedDescription)
            }
            try OutputFile.write(file.contents, to: url.path)
            print("wrote \(url.path)")
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
