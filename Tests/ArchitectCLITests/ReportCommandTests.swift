import ArchitectTestSupport
import Foundation
import Testing

/// `architect adr`, `risks` and `report` run as a user would. Serialized: each test waits on a child process.
@Suite(.serialized) struct ReportCommandTests {
    @Test func adrWritesNewFilesAndNeverOverwritesAnEditedOne() throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let model = RepositoryPaths.examples.appendingPathComponent("food-delivery.yaml").path
        let arguments = ["adr", model, "-o", "adr", "--today", "2026-06-01"]
        let first = try Architect.run(arguments, in: directory.url)
        #expect(first.status == 0, "\(first.stderr)")
        let record = directory.url.appendingPathComponent("adr/0001-choreograph-the-order-lifecycle-with-events.md")
        #expect(first.stdout.contains("created \(record.path)"))
        #expect(FileManager.default.fileExists(atPath: directory.path("adr/README.md")))

        // Unchanged on a second run; an edited record is kept and reported; --force replaces it.
        let second = try Architect.run(arguments, in: directory.url)
        #expect(second.stdout.contains("unchanged \(record.path)"))
        let edited = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(
            of: "no central orchestrator",
            with: "no central orchestrator (reviewed by the platform team)"
        )
        try edited.write(to: record, atomically: true, encoding: .utf8)
        let third = try Architect.run(arguments + ["--propose"], in: directory.url)
        #expect(third.status == 0)
        #expect(third.stdout.contains("kept (edited) \(record.path)"))
        #expect(third.stderr.contains("kept 1 edited file(s)"))
        #expect(third.stdout.contains("updated \(directory.url.appendingPathComponent("adr/README.md").path)"))
        #expect(try String(contentsOf: record, encoding: .utf8) == edited)
        let forced = try Architect.run(arguments + ["--force"], in: directory.url)
        #expect(forced.stdout.contains("overwritten \(record.path)"))
        #expect(try String(contentsOf: record, encoding: .utf8) != edited)
    }

    @Test func risksPrintsMarkdownOrCSV() throws {
        let markdown = try Architect.run(
            ["risks", "Examples/shop.yaml", "--today", "2026-06-01"],
            in: RepositoryPaths.root
        )
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.hasPrefix(
                "# Risk register: shop\n\n6 risks: 0 critical, 0 high, 3 medium, 3 low; 1 accepted."
            )
        )
        let csv = try Architect.run(
            ["risks", "Examples/shop.yaml", "--format", "csv", "--today", "2026-06-01"],
            in: RepositoryPaths.root
        )
        #expect(csv.stdout.hasPrefix("id,level,score,likelihood,impact,"))
        let broken = try Architect.run(["risks", "Examples/missing.yaml"], in: RepositoryPaths.root)
        #expect(broken.status == 2)
        let badDate = try Architect.run(
            ["risks", "Examples/shop.yaml", "--today", "2026-13-01"],
            in: RepositoryPaths.root
        )
        #expect(badDate.status == 64)
    }

    @Test func reportWritesOneFileOrAFolder() throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let model = RepositoryPaths.examples.appendingPathComponent("shop.yaml").path
        let html = try Architect.run(["report", model, "-o", "report.html"], in: directory.url)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: directory.path("report.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        let folder = try Architect.run(["report", model, "--format", "markdown", "-o", "wiki"], in: directory.url)
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.path("wiki/README.md")))
        #expect(FileManager.default.fileExists(atPath: directory.path("wiki/diagrams/container.mmd")))
        #expect(FileManager.default.fileExists(atPath: directory.path("wiki/charts/chart-capacity.svg")))
        let unwritable = try Architect.run(["report", model, "-o", "missing/folder/report.html"], in: directory.url)
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write"))
    }
}
