import ArchitectureAnalysis
import ArchitectureLoading
import ArchitectureModel
import Testing

/// Loads a model written in the test and analyzes it; the model must load without errors.
func analyze(_ yaml: String, options: Analyzer.Options = .init()) throws -> AnalysisReport {
    let result = ModelLoader.load(text: yaml, file: "test.yaml")
    let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
    try #require(errors.isEmpty, "\(errors)")
    let model = try #require(result.model)
    return try Analyzer(model, options: options).analyze()
}

extension AnalysisReport {
    func component(_ name: String) throws -> ComponentFigures {
        try #require(components.first { $0.name == name }, "no component \(name)")
    }

    func workflow(_ name: String) throws -> WorkflowFigures {
        try #require(workflows.first { $0.name == name }, "no workflow \(name)")
    }
}

/// Relative closeness for figures computed two ways.
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
