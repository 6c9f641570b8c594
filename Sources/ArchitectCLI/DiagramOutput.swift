import ArchitectureDiagrams
import Foundation

/// Where `architect diagram` puts its diagrams: one file, one file each in a directory, or standard output.
enum DiagramOutput {
    /// One diagram to a file path; several (or a path that is a directory) as one file each inside it.
    static func write(_ diagrams: [RenderedDiagram], to path: String) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if diagrams.count == 1, !(exists && isDirectory.boolValue), !path.hasSuffix("/") {
            try OutputFile.write(diagrams[0].source, to: path)
            print("wrote \(path)")
            return
        }
        if exists && !isDirectory.boolValue {
            throw OutputFile.WriteError(
                path: path,
                reason: "\(diagrams.count) diagrams need a directory, and this is a file; give a directory with -o"
            )
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputFile.WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
        for diagram in diagrams {
            let file = URL(fileURLWithPath: path).appendingPathComponent(diagram.fileName).path
            try OutputFile.write(diagram.source, to: file)
            print("wrote \(file)")
        }
    }

    /// The diagrams one after another, each after a comment line naming it when there are several.
    static func joined(_ diagrams: [RenderedDiagram]) -> String {
        guard diagrams.count > 1 else { return diagrams.first?.source ?? "" }
        return diagrams.map { "\(comment($0.format)) ==> \($0.fileName) <==\n\($0.source)" }.joined(separator: "\n")
    }

    /// A line comment in the format's syntax, so the joined output still reads as sources.
    private static func comment(_ format: DiagramFormat) -> String {
        switch format {
        case .mermaid: "%%"
        case .plantuml: "'"
        case .dot, .structurizr: "//"
        case .d2: "#"
        }
    }
}
