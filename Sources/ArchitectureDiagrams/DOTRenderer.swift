/// Graphviz DOT: graph views as a digraph with one cluster per group.
enum DOTRenderer {
    static func render(_ graph: DiagramGraph) -> String {
        var lines = [
            "digraph \(quoted(graph.title)) {",
            "    graph [label=\(quoted(graph.title)), labelloc=t, fontsize=18, rankdir=LR, nodesep=0.4, ranksep=0.8,"
                + " fontname=\"Helvetica,Arial,sans-serif\"]",
            "    node [shape=box, style=\"rounded,filled\", fontcolor=white, fontsize=11, margin=\"0.2,0.1\","
                + " fontname=\"Helvetica,Arial,sans-serif\"]",
            "    edge [fontsize=9, color=\"#555555\", fontcolor=\"#333333\", fontname=\"Helvetica,Arial,sans-serif\"]",
        ]
        func emit(group: String?, indent: String) {
            for child in graph.groups(in: group) {
                lines.append("\(indent)subgraph \(quoted("cluster_" + child.id)) {")
                let fill = child.kind == .zone ? "#f4f8fc" : "#fafafa"
                lines.append(
                    "\(indent)    graph [label=\(quoted(child.label)), style=\"dashed,rounded,filled\","
                        + " fillcolor=\"\(fill)\", color=\"#888888\", fontcolor=\"#333333\"]"
                )
                emit(group: child.id, indent: indent + "    ")
                lines.append("\(indent)}")
            }
            for node in graph.nodes(in: group) {
                lines.append("\(indent)\(quoted(node.id)) [\(attributes(node))]")
            }
        }
        emit(group: nil, indent: "    ")
        for edge in graph.edges {
            let style = edge.style == .async ? ", style=dashed" : ""
            lines.append(
                "    \(quoted(edge.from)) -> \(quoted(edge.to)) [label=\(quoted(graph.edgeText(edge)))\(style)]"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributes(_ node: DiagramGraph.Node) -> String {
        let label = node.technology.map { node.label + "\n[" + $0 + "]" } ?? node.label
        let (shape, fill): (String, String) =
            switch node.kind {
            case .person: ("box", "#08427b")
            case .system: ("box", "#1168bd")
            case .externalSystem: ("box", "#8a8a8a")
            case .container: ("box", "#438dd5")
            case .database: ("cylinder", "#2f7f6f")
            case .queue: ("cds", "#b86e1d")
            case .context: ("ellipse", "#6a4c93")
            }
        return "label=\(quoted(label)), shape=\(shape), fillcolor=\"\(fill)\", color=\"\(fill)\""
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        let escaped = SourceText.escape(text) { character in
            switch character {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": "\\n"
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }
}
