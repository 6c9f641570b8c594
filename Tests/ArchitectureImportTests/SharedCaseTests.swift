import ArchitectTestSupport
import ArchitectureImport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

/// Imports each real system in `../shared/cases` and scores edges and components against its truth.
@Suite(
    .enabled(
        if: FileManager.default.fileExists(atPath: RepositoryPaths.sharedCases.path)
            || ExternalTools.validatorsRequired,
        "needs ../shared/cases beside the checkout"
    )
)
struct SharedCaseTests {
    @Test(arguments: SharedCase.all)
    func importScoresAgainstTruth(_ sharedCase: SharedCase) throws {
        let directory = RepositoryPaths.sharedCases.appendingPathComponent(sharedCase.directory)
        let data = try Data(contentsOf: directory.appendingPathComponent("truth.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let truth = CaseTruth(sharedCase, root: root)
        let paths = sharedCase.inputs.map { directory.appendingPathComponent($0).path }
        let sources: [ImportSource] =
            switch sharedCase.variant {
            case .compose: paths.map(ImportSource.compose)
            case .kubernetes: paths.map(ImportSource.kubernetes)
            case .traces: paths.map(ImportSource.traces)
            }
        let system = try SystemImporter().importSources(sources)
        let yaml = system.makeModel(name: sharedCase.directory, sources: sharedCase.inputs).yaml
        let loaded = ModelLoader.load(text: yaml, file: "\(sharedCase.directory).yaml")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.message))")
        let model = try #require(loaded.model)
        let graph = ModelGraph(model)

        let edges = Score(predicted: graph.edges, required: truth.required, allowed: truth.allowed)
        let components = Score(predicted: graph.components, truth: truth.components)
        let everyEdge = Score(predicted: graph.edges, required: truth.allowed, allowed: truth.allowed)
        print(
            "| \(sharedCase.testDescription) | \(truth.required.count) | \(edges) | \(String(format: "%.2f", everyEdge.recall)) | \(components) |"
        )

        #expect(graph.edges.union(graph.uses).isDisjoint(with: truth.forbidden), "produced a not_edge")
        if truth.exact {
            #expect(graph.edges.sorted() == truth.required.sorted())
        }
        #expect(edges.recall >= 0.95, "missing: \(truth.required.subtracting(graph.edges).sorted())")
        #expect(edges.precision >= 0.95, "not true: \(graph.edges.subtracting(truth.allowed).sorted())")
        #expect(components.recall >= 0.95, "missing: \(truth.components.subtracting(graph.components).sorted())")
        #expect(components.precision >= 0.95, "extra: \(graph.components.subtracting(truth.components).sorted())")
    }
}
