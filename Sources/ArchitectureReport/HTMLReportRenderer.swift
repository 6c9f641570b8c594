import ArchitectureDiagrams
import ArchitectureModel
import Foundation

/// The report as one self-contained HTML page: inline CSS, inline SVG charts, and Mermaid embedded
/// base64-encoded (its raw text holds U+0001, which HTML forbids), so the file works offline.
public enum HTMLReportRenderer {
    /// - Parameter mermaid: the text of mermaid.min.js to embed; nil leaves the diagrams as their source.
    public static func render(_ document: ReportDocument, mermaid: String?) -> String {
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"architect\">",
            "<title>\(HTML.escape(document.title))</title>",
            "<style>\n\(HTMLReportStyle.css)</style>",
            "</head>",
            "<body>",
            "<header class=\"masthead\">",
            "<h1>\(HTML.escape(document.title))</h1>",
        ]
        if let subtitle = document.subtitle { html.append("<p class=\"subtitle\">\(HTML.escape(subtitle))</p>") }
        html.append("<dl class=\"facts\">")
        for fact in document.facts {
            html.append("<div><dt>\(HTML.escape(fact.label))</dt><dd>\(HTML.escape(fact.value))</dd></div>")
        }
        html += ["</dl>", "</header>", "<div class=\"layout\">", toc(document), "<main>"]
        for section in document.sections {
            html.append("<section id=\"\(section.id)\" class=\"report-section\">")
            html.append("<h2>\(HTML.escape(section.title))</h2>")
            html += section.blocks.map { block($0, level: 3) }
            html.append("</section>")
        }
        html.append("<footer>")
        html.append(
            "<p>Written by <code>architect report</code> from the model's analysis and review. Scales, sources "
                + "and formulas: docs/report.md, docs/analysis.md, docs/review.md.</p>"
        )
        if mermaid != nil {
            html.append(
                "<p>Diagrams are drawn in your browser by Mermaid \(MermaidScript.version) (MIT license, "
                    + "© Knut Sveidqvist and contributors), embedded in this file, so the page works offline.</p>"
            )
        }
        html += ["</footer>", "</main>", "</div>"]
        if let mermaid, containsDiagrams(document) { html.append(script(mermaid)) }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    static func toc(_ document: ReportDocument) -> String {
        var lines = ["<nav class=\"toc\" aria-label=\"Contents\">", "<p class=\"toc-title\">Contents</p>", "<ol>"]
        for section in document.sections {
            let subsections = section.blocks.compactMap { block -> (String, String)? in
                if case .subsection(let id, let title, _) = block, section.id == "workflows" { return (id, title) }
                return nil
            }
            var item = "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a>"
            if !subsections.isEmpty {
                item +=
                    "<ol>" + subsections.map { "<li><a href=\"#\($0.0)\">\(HTML.escape($0.1))</a></li>" }.joined()
                    + "</ol>"
            }
            lines.append(item + "</li>")
        }
        lines += ["</ol>", "</nav>"]
        return lines.joined(separator: "\n")
    }

    static func block(_ block: ReportBlock, level: Int) -> String {
        switch block {
        case .paragraph(let spans):
            return "<p>\(inline(spans))</p>"
        case .bullets(let items):
            return "<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
        case .table(let table):
            return self.table(table)
        case .cards(let cards):
            let items = cards.map { card in
                "<div class=\"card \(card.status.rawValue)\"><p class=\"card-title\">\(HTML.escape(card.title))</p>"
                    + "<p class=\"card-value\"><span class=\"sign\" aria-hidden=\"true\">\(card.status.sign)</span> "
                    + "\(HTML.escape(card.value))</p><p class=\"card-detail\">\(HTML.escape(card.detail))</p></div>"
            }
            return "<div class=\"cards\">" + items.joined() + "</div>"
        case .diagram(let name, let title, let source):
            return
                "<figure class=\"diagram\" id=\"diagram-\(name)\"><pre class=\"mermaid\">\(HTML.escape(source))</pre>"
                + "<figcaption>\(HTML.escape(title))</figcaption></figure>"
        case .chart(let chart):
            return
                "<figure class=\"chart-figure\">\(chart.svg())<figcaption>\(HTML.escape(chart.title))</figcaption></figure>"
        case .decision(let record):
            return decision(record, level: level)
        case .subsection(let id, let title, let blocks):
            let heading = "<h\(level)>\(HTML.escape(title))</h\(level)>"
            return "<section id=\"\(id)\" class=\"subsection\">\(heading)\n"
                + blocks.map { self.block($0, level: level + 1) }.joined(separator: "\n") + "</section>"
        }
    }

    static func inline(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): HTML.escape(text)
            // Names stay on one line; only a long one may wrap.
            case .code(let text):
                text.count > 32
                    ? "<code>\(HTML.escape(text))</code>" : "<code class=\"name\">\(HTML.escape(text))</code>"
            case .strong(let text): "<strong>\(HTML.escape(text))</strong>"
            case .status(let status, let text):
                "<span class=\"badge \(status.rawValue)\"><span aria-hidden=\"true\">\(status.sign)</span> "
                    + "\(HTML.escape(text))</span>"
            }
        }.joined()
    }

    static func table(_ table: ReportTable) -> String {
        // A two-column table is a list of figures: as wide as its content, not the page.
        var html = "<div class=\"table-wrap\"><table\(table.columns.count == 2 ? " class=\"compact\"" : "")>"
        if let caption = table.caption { html += "<caption>\(HTML.escape(caption))</caption>" }
        html += "<thead><tr>"
        html += table.columns.map { "<th scope=\"col\"\(alignment($0.alignment))>\(HTML.escape($0.title))</th>" }
            .joined()
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let column = index < table.columns.count ? table.columns[index].alignment : .left
                html += "<td\(alignment(column))>\(inline(cell))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    static func alignment(_ alignment: ReportTable.Alignment) -> String {
        alignment == .right ? " class=\"number\"" : ""
    }

    static func decision(_ record: DecisionRecord, level: Int) -> String {
        let status: ReportStatus =
            switch record.status {
            case .accepted: .good
            case .proposed: .warning
            case .superseded, .deprecated: .neutral
            }
        var html =
            "<article class=\"decision\"><h\(level)>\(HTML.escape(record.fileName.prefix(4) + " " + record.title)) "
            + inline([.status(status, record.status.rawValue)]) + "</h\(level)><dl>"
        let paragraphs = { (text: String) in
            text.components(separatedBy: "\n\n").map { "<p>\(HTML.codeSpans($0))</p>" }.joined()
        }
        html += "<dt>Context</dt><dd>\(paragraphs(record.context ?? "Not recorded in the model."))</dd>"
        if !record.options.isEmpty {
            html +=
                "<dt>Considered options</dt><dd><ul>"
                + record.options.map { "<li>\(HTML.codeSpans($0))</li>" }.joined() + "</ul></dd>"
        }
        html += "<dt>Decision</dt><dd>\(paragraphs(record.decision ?? "Not recorded in the model."))</dd>"
        if !record.consequences.isEmpty {
            html +=
                "<dt>Consequences</dt><dd><ul>"
                + record.consequences.map { "<li>\(HTML.codeSpans($0))</li>" }.joined() + "</ul></dd>"
        }
        return html + "</dl><p class=\"source\">\(HTML.codeSpans(record.source))</p></article>"
    }

    static func containsDiagrams(_ document: ReportDocument) -> Bool {
        func contains(_ blocks: [ReportBlock]) -> Bool {
            blocks.contains { block in
                switch block {
                case .diagram: true
                case .subsection(_, _, let inner): contains(inner)
                default: false
                }
            }
        }
        return document.sections.contains { contains($0.blocks) }
    }

    /// Decodes the embedded library as UTF-8, runs it in the page's global scope, then draws every
    /// diagram; `data-diagrams` on the body says when it is done (tests wait for it).
    static func script(_ mermaid: String) -> String {
        let encoded = Data(mermaid.utf8).base64EncodedString()
        return """
            <script id="mermaid-library" type="text/plain" data-encoding="base64">\(encoded)</script>
            <script>
            (function () {
              var encoded = document.getElementById("mermaid-library").textContent;
              var bytes = Uint8Array.from(atob(encoded), function (c) { return c.charCodeAt(0); });
              var library = document.createElement("script");
              library.textContent = new TextDecoder("utf-8").decode(bytes);
              document.head.appendChild(library);
              window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral",
                fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" });
              window.mermaid.run({ querySelector: "pre.mermaid" }).then(
                function () { document.body.setAttribute("data-diagrams", "done"); },
                function (error) { document.body.setAttribute("data-diagrams",
                  "failed: " + ((error && (error.message || error.str)) || String(error))); });
            })();
            </script>
            """
    }
}
