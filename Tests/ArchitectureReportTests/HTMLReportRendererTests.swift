import ArchitectTestSupport
import ArchitectureModel
import ArchitectureReport
import ArchitectureSimulation
import Foundation
import Testing

struct HTMLReportRendererTests {
    static func teamsPage(mermaid: String? = nil) throws -> String {
        let model = try ReportFixture.model(ReportFixture.teams)
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: ReportDiagrams(),
            source: "teams.yaml"
        )
        return HTMLReportRenderer.render(document, mermaid: mermaid)
    }

    @Test func escapesEveryModelString() throws {
        let page = try Self.teamsPage()
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("Payments &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
    }

    @Test func everySectionHasItsAnchorAndAnEntryInTheContents() throws {
        let page = try Self.teamsPage()
        for id in [
            "scorecard", "architecture", "workflows", "availability", "capacity", "scalability", "zones", "findings",
            "risks", "decisions",
        ] {
            #expect(page.contains("<section id=\"\(id)\" class=\"report-section\">"))
            #expect(page.contains("<li><a href=\"#\(id)\">"))
        }
    }

    /// Hand-worked figures of the teams model, as the page must show them:
    /// api 100 rps x 10 ms / 2 workers = 50% now, x10 growth = 500%; ledger 100 x 1 ms / 2 = 5%, 50% at growth.
    /// Cost 2 x 100 + 2 x 50 + 1 x 200 = $500 a month.
    @Test func showsTheAnalysisFiguresWorkedByHand() throws {
        let page = try Self.teamsPage()
        #expect(
            page.contains(
                "<td><code class=\"name\">api</code></td><td class=\"number\">2</td><td class=\"number\">100</td><td class=\"number\">50%</td>"
            )
        )
        #expect(page.contains("<span class=\"badge bad\"><span aria-hidden=\"true\">✗</span> 500%</span>"))
        #expect(
            page.contains(
                "<td><code class=\"name\">ledger</code></td><td class=\"number\">2</td><td class=\"number\">100</td><td class=\"number\">5%</td>"
            )
        )
        #expect(page.contains("$500 / month"))
        // api saturates at 1 / 0.5 = 2x peak, inside the 10x planned: a warning.
        #expect(page.contains("<div class=\"card warning\"><p class=\"card-title\">Capacity headroom</p>"))
        #expect(page.contains("2x peak"))
    }

    /// shop's cost, summed from the example's cost_per_replica x replicas by hand:
    /// web 3x90 + gateway 3x80 + catalog 4x110 + cart 3x80 + orders 3x120 + … as the analysis gives 9,670.
    @Test func shopCostMatchesTheSumOfItsReplicas() throws {
        let model = try ReportFixture.example("shop.yaml")
        var total = 0.0
        for service in model.services {
            total += Double(service.placement.replicas) * (service.serving.costPerReplica ?? 0)
        }
        for store in model.datastores {
            total += Double(store.placement.replicas) * (store.serving.costPerReplica ?? 0)
        }
        for broker in model.brokers {
            total += Double(broker.placement.replicas) * (broker.serving.costPerReplica ?? 0)
        }
        #expect(total == 9670)
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: ReportDiagrams(),
            source: "shop.yaml"
        )
        #expect(HTMLReportRenderer.render(document, mermaid: nil).contains("$9,670 / month"))
    }

    @Test func embedsMermaidAsBase64AndNamesItsVersionAndLicense() throws {
        let library = "var mermaid = {};\u{1}"
        let model = try ReportFixture.example("shop.yaml")
        let diagrams = try ReportDiagrams(model: model)
        let page = HTMLReportRenderer.render(
            ReportDocument(try ReportFixture.assessment(model), diagrams: diagrams, source: "shop.yaml"),
            mermaid: library
        )
        #expect(!page.contains("\u{1}"))
        #expect(page.contains(Data(library.utf8).base64EncodedString()))
        #expect(page.contains("Mermaid 11.16.0 (MIT license"))
        #expect(page.components(separatedBy: "<pre class=\"mermaid\">").count - 1 == 2 + model.workflows.count)
    }

    /// The simulation section prints the simulator's own counts and rates for each workflow.
    @Test func showsTheSeededBaselineSimulation() throws {
        let model = try ReportFixture.example("shop.yaml")
        let result = try ReportFixture.simulation(model)
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: ReportDiagrams(),
            source: "shop.yaml",
            simulation: result
        )
        let page = HTMLReportRenderer.render(document, mermaid: nil)
        #expect(page.contains("<section id=\"simulation\" class=\"report-section\">"))
        #expect(page.contains("Seed 7, \(result.requests) requests"))
        #expect(result.requests == result.workflows.map(\.requests).reduce(0, +))
        for workflow in result.workflows {
            #expect(
                page.contains(
                    "<td><code class=\"name\">\(workflow.name)</code></td><td class=\"number\">\(workflow.requests)</td>"
                )
            )
        }
        let without = HTMLReportRenderer.render(
            ReportDocument(try ReportFixture.assessment(model), diagrams: ReportDiagrams(), source: "shop.yaml"),
            mermaid: nil
        )
        #expect(!without.contains("id=\"simulation\""))
    }
}
