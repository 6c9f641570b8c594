package import ArchitectureGenerators
import ArchitectureModel
import ArchitectureOutput
import Foundation

/// Decision records as MADR 4 Markdown files, numbered, with an index `README.md`; each file ends in
/// a `GeneratedMarker`, so a re-run can tell Architect's files from edited ones.
public enum DecisionRecordRenderer {
    package static func files(_ records: [DecisionRecord], system: String) -> [GeneratedFile] {
        let sorted = records.sorted { $0.number < $1.number }
        let documents = sorted.map {
            GeneratedFile(path: $0.fileName, contents: GeneratedMarker.mark(markdown($0), syntax: .markdown))
        }
        return documents + [
            GeneratedFile(
                path: "README.md",
                contents: GeneratedMarker.mark(index(sorted, system: system), syntax: .markdown)
            )
        ]
    }

    /// One record in MADR 4: front matter with the status, then context, options, outcome, consequences.
    public static func markdown(_ record: DecisionRecord, headingLevel: Int = 1) -> String {
        let heading = String(repeating: "#", count: headingLevel)
        var lines = ["---", "status: \(record.status.rawValue)", "---", ""]
        if headingLevel > 1 { lines = [] }
        lines += ["\(heading) \(record.title)", "", "\(heading)# Context and Problem Statement", ""]
        lines.append(record.context ?? "_Not recorded in the model._")
        if !record.options.isEmpty {
            lines += ["", "\(heading)# Considered Options", ""]
            lines += record.options.map { "* \($0)" }
        }
        lines += ["", "\(heading)# Decision Outcome", ""]
        lines.append(record.decision ?? "_Not recorded in the model._")
        if !record.consequences.isEmpty {
            lines += ["", "\(heading)## Consequences", ""]
            lines += record.consequences.map { "* \($0)" }
        }
        lines += [
            "", "\(heading)# More Information", "", "Status: \(record.status.rawValue). Source: \(record.source).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func index(_ records: [DecisionRecord], system: String) -> String {
        var lines = [
            "# Architecture decision records: \(system)", "",
            "Written by `architect adr` in MADR format: the model's `decisions`, and with `--propose` the "
                + "proposals drafted from the most important open risks. A file you edit is never overwritten.",
            "",
        ]
        guard !records.isEmpty else {
            return (lines + ["The model records no decisions."]).joined(separator: "\n") + "\n"
        }
        lines += ["| number | decision | status |", "| --- | --- | --- |"]
        for record in records {
            let number = String(record.fileName.prefix(4))
            let title = MarkdownText.cell(record.title).replacingOccurrences(of: "[", with: "\\[")
                .replacingOccurrences(of: "]", with: "\\]")
            lines.append("| \(number) | [\(title)](\(record.fileName)) | \(record.status.rawValue) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
