import Foundation

/// Mermaid: graph views as flowcharts with one subgraph per group, sequences as sequenceDiagram.
enum MermaidRenderer {
    static func render(_ graph: DiagramGraph) -> String {
        var lines = [
            "---", "title: \(yamlQuoted(graph.title))", "---", "flowchart LR",
        ]
        func emit(group: String?, indent: String) {
            for child in graph.groups(in: group) {
                lines.append("\(indent)subgraph \(child.id)[\(quoted(child.label))]")
                emit(group: child.id, indent: indent + "    ")
                lines.append("\(indent)end")
            }
            for node in graph.nodes(in: group) {
                lines.append(indent + shape(node) + ":::" + style(node.kind))
            }
        }
        emit(group: nil, indent: "    ")
        for edge in graph.edges {
            let arrow = edge.style == .sync ? "-->" : "-.->"
            lines.append("    \(edge.from) \(arrow)|\(quoted(graph.edgeText(edge)))| \(edge.to)")
        }
        lines += [
            "    classDef person fill:#08427b,stroke:#052e56,color:#fff",
            "    classDef system fill:#1168bd,stroke:#0b4884,color:#fff",
            "    classDef external fill:#8a8a8a,stroke:#6b6b6b,color:#fff",
            "    classDef container fill:#438dd5,stroke:#2e6295,color:#fff",
            "    classDef store fill:#2f7f6f,stroke:#1f5a4e,color:#fff",
            "    classDef queue fill:#b86e1d,stroke:#8a5216,color:#fff",
            "    classDef context fill:#6a4c93,stroke:#4b356a,color:#fff",
        ]
        for group in graph.groups {
            let fill = group.kind == .zone ? "#f4f8fc" : "#fafafa"
            lines.append("    style \(group.id) fill:\(fill),stroke:#888,stroke-dasharray:4 3")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func shape(_ node: DiagramGraph.Node) -> String {
        var text = htmlLabel(node.label)
        if let technology = node.technology { text += "<br><i>[" + htmlLabel(technology) + "]</i>" }
        let label = "\"" + text + "\""
        return switch node.kind {
        case .person: "\(node.id)([\(label)])"
        case .database: "\(node.id)[(\(label))]"
        case .queue: "\(node.id)[/\(label)/]"
        case .context: "\(node.id)(\(label))"
        case .system, .externalSystem, .container: "\(node.id)[\(label)]"
        }
    }

    private static func style(_ kind: DiagramGraph.NodeKind) -> String {
        switch kind {
        case .person: "person"
        case .system: "system"
        case .externalSystem: "external"
        case .container: "container"
        case .database: "store"
        case .queue: "queue"
        case .context: "context"
        }
    }

    static func render(_ sequence: SequenceDiagram) -> String {
        var lines = ["---", "title: \(yamlQuoted(sequence.title))", "---", "sequenceDiagram"]
        for participant in sequence.participants {
            let keyword = participant.kind == .client ? "actor" : "participant"
            lines.append("    \(keyword) \(participant.id) as \(escape(participant.label))")
        }
        let syntax = SequenceDiagram.BlockSyntax(
            message: { message in
                let arrow =
                    switch message.arrow {
                    case .call: "->>"
                    case .reply: "-->>"
                    case .async: "-)"
                    }
                return "\(message.from)\(arrow)\(message.to): \(escape(message.text))"
            },
            branch: { label, first in (first ? "par " : "and ") + escape(label) },
            note: { over, text in "Note over \(over): \(escape(text))" }
        )
        lines += sequence.lines(syntax, indent: "    ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A title in front matter: a YAML double-quoted string, on one line.
    private static func yamlQuoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped.split(whereSeparator: \.isNewline).joined(separator: " ") + "\""
    }

    /// A label in a flowchart: quoted, so brackets and keywords stay text.
    private static func quoted(_ text: String) -> String { "\"" + htmlLabel(text) + "\"" }

    /// Sequence text: Mermaid entity codes for every character its sequence grammar reads specially,
    /// `<br>` for line breaks.
    static func escape(_ text: String) -> String {
        SourceText.escape(text) { character in
            switch character {
            case "\n": "<br>"
            case "\"": "#quot;"
            case "#": "#35;"
            case ";": "#59;"
            case "<": "#lt;"
            case ">": "#gt;"
            case "&": "#amp;"
            case "%": "#37;"
            case "`": "#96;"
            case "|": "#124;"
            // Mermaid decodes the entity before it reads `\n` as a line break: a zero-width space after
            // the backslash keeps a literal `\n` in a label literal.
            case "\\": "#92;\u{200B}"
            case "{": "#123;"
            case "}": "#125;"
            case "[": "#91;"
            case "]": "#93;"
            case ":": "#58;"
            default: nil
            }
        }
    }

    /// A flowchart label, which Mermaid shows as HTML: HTML named entities (never Mermaid's `#code;`,
    /// which `mermaid.run` mangles in edge labels), `<br>` for line breaks.
    static func htmlLabel(_ text: String) -> String {
        SourceText.escape(text) { character in
            switch character {
            case "\n": "<br>"
            case "\"": "&quot;"
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "#": "&num;"
            case "`": "&grave;"
            // As in sequences, a zero-width space keeps a literal `\n` from becoming a line break.
            case "\\": "&bsol;\u{200B}"
            case "%": "&percnt;"
            default: nil
            }
        }
    }
}
