import ArchitectureReview
import Foundation
import Testing

@Suite struct RuleCatalogRendererTests {
    @Test func jsonListsIdSeverityCategorySummaryAndParameters() throws {
        let text = RuleCatalogRenderer.json(RuleCatalog.entries)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rules.count == RuleCatalog.entries.count)
        let deep = try #require(rules.first { $0["id"] as? String == "deep-sync-chain" })
        #expect(deep["severity"] as? String == "warning")
        #expect(deep["category"] as? String == "structure")
        let parameters = try #require(deep["parameters"] as? [[String: Any]])
        #expect(parameters.first?["name"] as? String == "max_depth")
        #expect(parameters.first?["default"] as? Double == 4)
        #expect(parameters.first?["description"] as? String != nil)
    }

    @Test func jsonKeysAreInTheDocumentedOrder() {
        let text = RuleCatalogRenderer.json(RuleCatalog.entries)
        #expect(text.hasPrefix("[\n  {\n    \"id\": \"\(RuleCatalog.entries[0].id)\",\n    \"severity\": "))
    }

    @Test func textGroupsByCategory() {
        let text = RuleCatalogRenderer.text(RuleCatalog.entries)
        #expect(text.hasPrefix("structure\n"))
        #expect(text.contains("  timeout-inversion "))
        #expect(text.hasSuffix("\(RuleCatalog.entries.count) rules; `architect rules ID` shows one in full\n"))
    }
}
