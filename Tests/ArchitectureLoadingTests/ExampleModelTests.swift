import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing

@Suite struct ExampleModelTests {
    @Test func atLeastThreeExamplesAreBundled() {
        let names = RepositoryPaths.exampleModels().map(\.lastPathComponent)
        #expect(names.count >= 3, "found \(names)")
        #expect(names.contains("shop.yaml"))
        #expect(names.contains("legacy.yaml"))
    }

    @Test(arguments: RepositoryPaths.exampleModels())
    func exampleLoadsWithoutErrors(_ url: URL) throws {
        let result = try ModelLoader.load(contentsOf: url.path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location): \($0.message)" })")
        let model = try #require(result.model)
        #expect(!model.services.isEmpty)
        #expect(!model.workflows.isEmpty)
    }

    /// The shop example states its figures in comments; these are read back from the file as written.
    @Test func shopExampleKeepsWhatItDeclares() throws {
        let model = try #require(
            try ModelLoader.load(contentsOf: RepositoryPaths.examples.appendingPathComponent("shop.yaml").path).model
        )
        let checkout = try #require(model.workflows.first { $0.name == "checkout" })
        let saga = try #require(checkout.saga)
        #expect(saga.coordination == .orchestrated)
        #expect(saga.orchestrator == "orders")
        #expect(saga.steps.filter(\.pivot).count == 1)
        #expect(model.zones.names == ["a", "b", "c"])
        #expect(model.workflows.map(\.share).reduce(0, +) <= 1 + 1e-9)
    }
}
