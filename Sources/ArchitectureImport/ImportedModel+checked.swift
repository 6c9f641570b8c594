import ArchitectureLoading
package import ArchitectureModel
import Foundation

/// The writer made a model that does not load: a bug in the importer, reported rather than written.
package struct UnloadableImport: Error, CustomStringConvertible, LocalizedError {
    package var diagnostics: [Diagnostic]

    package var description: String {
        "the imported model does not load:\n"
            + diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n")
    }

    package var errorDescription: String? { description }
}

extension ImportedModel {
    /// The YAML, once the loader has read it back without errors (`architect import` and MCP `import`).
    package func checkedYAML(file: String) throws(UnloadableImport) -> String {
        let text = yaml
        let check = ModelLoader.load(text: text, file: file)
        guard check.isValid else { throw UnloadableImport(diagnostics: check.diagnostics) }
        return text
    }
}
