package import ArchitectureModel

extension YAMLDocument {
    /// Parses YAML into the loader's located tree, with the same limits and checks as a model, for
    /// other YAML inputs (such as a review configuration). `root` is nil for an empty document or
    /// when `problem` says why the text is not YAML.
    package static func tree(_ text: String, file: String) -> (root: YAMLNode?, problem: Diagnostic?) {
        switch parse(text) {
        case .success(let root): (root, nil)
        case .failure(let problem): (nil, problem.diagnostic(file: file))
        }
    }
}
