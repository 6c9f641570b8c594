import ArchitectTestSupport
import Foundation
import Testing

@Suite struct DiagramCommandTests {
    @Test func printsOneDiagramToStandardOutput() throws {
        let result = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "container", "--format", "dot"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph \"shop: containers\" {"))
        #expect(result.stdout.contains("\"svc_payments\" -> \"svc_psp\" [label=\"calls [HTTP]\"]"))
    }

    @Test func separatesSeveralDiagramsOnStandardOutput() throws {
        let result = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "sequence"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("%% ==> ") }
        #expect(
            headers == [
                "%% ==> sequence-browse.mmd <==", "%% ==> sequence-add-to-cart.mmd <==",
                "%% ==> sequence-checkout.mmd <==",
            ]
        )
    }

    @Test func writesOneFilePerDiagramIntoADirectory() throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let output = directory.path("diagrams")
        let result = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "sequence", "--format", "plantuml", "-o", output],
            in: RepositoryPaths.root
        )
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["sequence-add-to-cart.puml", "sequence-browse.puml", "sequence-checkout.puml"])
        let checkout = try String(contentsOfFile: "\(output)/sequence-checkout.puml", encoding: .utf8)
        #expect(checkout.hasPrefix("@startuml\ntitle checkout"))
    }

    @Test func writesOneDiagramToAFileAndRefusesAFileForSeveral() throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let file = directory.path("context.d2")
        let one = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "context", "--format", "d2", "-o", file],
            in: RepositoryPaths.root
        )
        #expect(one.status == 0, "\(one.stderr)")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("# shop: system context\n"))
        let several = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "sequence", "-o", file],
            in: RepositoryPaths.root
        )
        #expect(several.status != 0)
        #expect(several.stderr.contains("3 diagrams need a directory"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written, "the file was changed")
    }

    @Test func unknownNamesAndUnsupportedPairsExit64() throws {
        let workflow = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "sequence", "--workflow", "chekout"],
            in: RepositoryPaths.root
        )
        #expect(workflow.status == 64)
        #expect(workflow.stderr == "error: unknown workflow `chekout`; did you mean `checkout`?\n")
        let pair = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--view", "dataflow", "--format", "structurizr"],
            in: RepositoryPaths.root
        )
        #expect(pair.status == 64)
        #expect(
            pair.stderr.contains(
                "the dataflow view cannot be drawn in structurizr; it can be drawn in mermaid, plantuml, dot, d2"
            )
        )
    }

    @Test func aModelThatDoesNotLoadExits2() throws {
        let result = try Architect.run(
            ["diagram", "Tests/ArchitectCLITests/Fixtures/typos.yaml"],
            in: RepositoryPaths.root
        )
        #expect(result.status == 2)
        #expect(result.stderr.contains("typos.yaml:"))
    }

    @Test func focusCutsTheNeighbourhoodAndDepthNeedsAFocus() throws {
        let focused = try Architect.run(
            ["diagram", "Examples/shop.yaml", "--format", "dot", "--focus", "payments", "--depth", "0"],
            in: RepositoryPaths.root
        )
        #expect(focused.status == 0, "\(focused.stderr)")
        let services = focused.stdout.split(separator: "\n").filter {
            $0.trimmingPrefix(while: \.isWhitespace).hasPrefix("\"svc_") && !$0.contains("->")
        }
        #expect(services.count == 1 && services[0].contains("\"svc_payments\""), "\(services)")
        let depthAlone = try Architect.run(["diagram", "Examples/shop.yaml", "--depth", "2"], in: RepositoryPaths.root)
        #expect(depthAlone.status == 64)
        #expect(depthAlone.stderr.contains("--depth applies with --focus SERVICE"))
    }
}
