/// D2: graph views as nested containers, sequences as a `sequence_diagram` shape.
enum D2Renderer {
    static func render(_ graph: DiagramGraph) -> String {
        var lines = [
            "# \(comment(graph.title))", "direction: right", "title: \(quoted(graph.title)) {",
            "  shape: text", "  near: top-center", "  style.font-size: 24", "}", "",
        ]
        // D2 addresses a nested shape by its path, so each node's path follows its groups.
        var paths: [String: String] = [:]
        func path(ofGroup id: String?) -> String? {
            guard let id, let group = graph.groups.first(where: { $0.id == id }) else { return nil }
            return (path(ofGroup: group.parent).map { $0 + "." } ?? "") + group.id
        }
        for node in graph.nodes {
            paths[node.id] = (path(ofGroup: node.group).map { $0 + "." } ?? "") + node.id
        }
        func emit(group: String?, indent: String) {
            for child in graph.groups(in: group) {
                lines.append("\(indent)\(child.id): \(quoted(child.label)) {")
                lines.append("\(indent)  style.stroke-dash: 4")
                lines.append("\(indent)  style.fill: \"\(child.kind == .zone ? "#f4f8fc" : "#fafafa")\"")
                emit(group: child.id, indent: indent + "  ")
                lines.append("\(indent)}")
            }
            for node in graph.nodes(in: group) {
                let label = node.technology.map { node.label + "\n[" + $0 + "]" } ?? node.label
                let (shape, fill) = style(node.kind)
                lines.append("\(indent)\(node.id): \(quoted(label)) {")
                lines.append("\(indent)  shape: \(shape)")
                lines.append("\(indent)  style.fill: \"\(fill)\"")
                lines.append("\(indent)  style.font-color: \"#ffffff\"")
                lines.append("\(indent)}")
            }
        }
        emit(group: nil, indent: "")
        lines.append("")
        for edge in graph.edges {
            let from = paths[edge.from] ?? edge.from
            let to = paths[edge.to] ?? edge.to
            let dash = edge.style == .async ? " {style.stroke-dash: 3}" : ""
            lines.append("\(from) -> \(to): \(quoted(graph.edgeText(edge)))\(dash)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func style(_ kind: DiagramGraph.NodeKind) -> (shape: String, fill: String) {
        switch kind {
        case .person: ("person", "#08427b")
        case .system: ("rectangle", "#1168bd")
        case .externalSystem: ("rectangle", "#8a8a8a")
        case .container: ("rectangle", "#438dd5")
        case .database: ("cylinder", "#2f7f6f")
        case .queue: ("queue", "#b86e1d")
        case .context: ("oval", "#6a4c93")
        }
    }

    static func render(_ sequence: SequenceDiagram) -> String {
        var lines = ["# \(comment(sequence.title))", "shape: sequence_diagram", ""]
        for participant in sequence.participants {
            let shape =
                switch participant.kind {
                case .client: "person"
                case .service, .external: "rectangle"
                case .database: "cylinder"
                case .queue: "queue"
                }
            lines.append("\(participant.id): \(quoted(participant.label)) {shape: \(shape)}")
        }
        lines.append("")
        var groups = 0
        func emit(_ items: [SequenceDiagram.Item], indent: String) {
            for item in items {
                switch item {
                case .message(let message):
                    let style =
                        switch message.arrow {
                        case .call: ""
                        case .reply: " {style.stroke-dash: 3}"
                        case .async: " {style.stroke-dash: 3; target-arrowhead.shape: arrow}"
                        }
                    lines.append("\(indent)\(message.from) -> \(message.to): \(quoted(message.text))\(style)")
                case .parallel(let label, let branches):
                    // A group of a sequence diagram; its branches follow one another inside it.
                    groups += 1
                    lines.append("\(indent)group\(groups): \(quoted(label)) {")
                    for (position, branch) in branches.enumerated() {
                        groups += 1
                        lines.append("\(indent)  group\(groups): \(quoted("branch \(position + 1)")) {")
                        emit(branch, indent: indent + "    ")
                        lines.append("\(indent)  }")
                    }
                    lines.append("\(indent)}")
                case .note(let over, let text):
                    lines.append("\(indent)\(over).note: \(quoted(text))")
                }
            }
        }
        emit(sequence.items, indent: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A D2 double-quoted string: backslashes, quotes and `$` (substitutions) escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        let escaped = SourceText.escape(text) { character in
            switch character {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "$": "\\$"
            case "\n": "\\n"
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// A comment line: line breaks would end it.
    private static func comment(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
