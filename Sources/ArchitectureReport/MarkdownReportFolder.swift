package import ArchitectureGenerators
import ArchitectureOutput
import Foundation

/// The report as a folder for a repository or wiki: `README.md` with every section (diagrams as
/// Mermaid blocks, which GitHub and GitLab draw), `diagrams/*.mmd` sources and `charts/*.svg`.
/// Every file ends in a `GeneratedMarker`, so re-runs keep the ones a person edited.
public enum MarkdownReportFolder {
    package static func files(_ document: ReportDocument) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        var lines = ["# \(text(document.title))", ""]
        if let subtitle = document.subtitle { lines += [text(subtitle), ""] }
        lines += document.facts.map { "- \($0.label): \(text($0.value))" }
        lines += ["", "## Contents", ""]
        lines += document.sections.map { "- [\(text($0.title))](#\(anchor($0.title)))" }
        for section in document.sections {
            lines += ["", "## \(text(section.title))", ""]
            for block in section.blocks { lines += markdown(block, level: 3, files: &files) }
        }
        lines += ["", "Written by `architect report`; docs/report.md defines the scales and sources."]
        let readme = GeneratedFile(
            path: "README.md",
            contents: GeneratedMarker.mark(lines.joined(separator: "\n") + "\n", syntax: .markdown)
        )
        return [readme] + files
    }

    static func markdown(_ block: ReportBlock, level: Int, files: inout [GeneratedFile]) -> [String] {
        switch block {
        case .paragraph(let spans):
            return [inline(spans), ""]
        case .bullets(let items):
            return items.map { "- " + inline($0) } + [""]
        case .table(let table):
            var lines = [
                "| " + table.columns.map { MarkdownText.cell($0.title) }.joined(separator: " | ") + " |",
                "| " + table.columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: " | ") + " |",
            ]
            lines += table.rows.map { row in
                "| " + row.map { MarkdownText.cell(inline($0)) }.joined(separator: " | ") + " |"
            }
            if let caption = table.caption { lines += ["", "_\(text(caption))_"] }
            return lines + [""]
        case .cards(let cards):
            return cards.map { "- **\(text($0.title))**: \($0.status.sign) \(text($0.value)) (\(text($0.detail)))" } + [
                ""
            ]
        case .diagram(let name, let title, let source):
            files.append(
                GeneratedFile(
                    path: "diagrams/\(name).mmd",
                    contents: GeneratedMarker.mark(source + (source.hasSuffix("\n") ? "" : "\n"), syntax: .mermaid)
                )
            )
            return [
                "```mermaid", source.hasSuffix("\n") ? String(source.dropLast()) : source, "```", "",
                "_\(text(title))_ ([diagrams/\(name).mmd](diagrams/\(name).mmd))", "",
            ]
        case .chart(let chart):
            files.append(
                GeneratedFile(
                    path: "charts/\(chart.id).svg",
                    contents: GeneratedMarker.mark(chart.svg(standalone: true), syntax: .markdown)
                )
            )
            return ["![\(text(chart.title))](charts/\(chart.id).svg)", ""]
        case .decision(let record):
            return [DecisionRecordRenderer.markdown(record, headingLevel: level)]
        case .subsection(_, let title, let blocks):
            let heading = String(repeating: "#", count: min(level, 6))
            return ["\(heading) \(text(title))", ""] + blocks.flatMap { markdown($0, level: level + 1, files: &files) }
        }
    }

    static func inline(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let value): text(value)
            case .code(let value): value.contains("`") ? "`` \(value) ``" : "`\(value)`"
            case .strong(let value): "**\(text(value))**"
            case .status(let status, let value): "**\(status.sign) \(text(value))**"
            }
        }.joined()
    }

    /// Model text as Markdown text: no raw HTML, no accidental emphasis.
    static func text(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "*", "_", "\\", "[", "]": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// GitHub's heading anchor: lower case, spaces to hyphens, punctuation dropped.
    static func anchor(_ title: String) -> String {
        String(
            title.lowercased().compactMap { character -> Character? in
                if character == " " { return "-" }
                return character.isLetter || character.isNumber || character == "-" || character == "_"
                    ? character : nil
            }
        )
    }
}
