import Foundation
import PackagePlugin

/// Compiles docs/model-format.md and Examples/*.yaml into the target (`EmbeddedDocuments`), so the
/// MCP server offers them as resources with no files beside the binary, always as they are in the tree.
@main struct EmbedDocuments: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL
        let spec = root.appending(path: "docs/model-format.md")
        let examples = try FileManager.default
            .contentsOfDirectory(at: root.appending(path: "Examples"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDocuments.swift")
        return [
            .buildCommand(
                displayName: "Embedding the model format and the examples",
                executable: try context.tool(named: "embed-documents").url,
                arguments: [output.path, spec.path] + examples.map(\.path),
                inputFiles: [spec] + examples,
                outputFiles: [output]
            )
        ]
    }
}
