/// PlantUML: graph views with the C4-PlantUML standard library, sequences in plain PlantUML.
enum PlantUMLRenderer {
    static func render(_ graph: DiagramGraph, view: DiagramView) -> String {
        let library =
            switch view {
            case .context, .contextMap: "C4_Context"
            case .deployment: "C4_Deployment"
            case .container, .dataflow, .sequence: "C4_Container"
            }
        var lines = [
            "@startuml", "!include <C4/\(library)>", "", "title \(text(graph.title))", "LAYOUT_LEFT_RIGHT()",
            "AddRelTag(\"async\", $lineStyle = DashedLine())", "",
        ]
        func emit(group: String?, indent: String) {
            for child in graph.groups(in: group) {
                let macro =
                    switch child.kind {
                    case .system: "System_Boundary"
                    case .boundary: "Boundary"
                    case .zone: "Deployment_Node"
                    }
                lines.append("\(indent)\(macro)(\(child.id), \(quoted(child.label))) {")
                emit(group: child.id, indent: indent + "    ")
                lines.append("\(indent)}")
            }
            for node in graph.nodes(in: group) {
                lines.append(indent + element(node))
            }
        }
        emit(group: nil, indent: "")
        lines.append("")
        for edge in graph.edges {
            // C4 sets a relationship's label in bold, which creole does not carry over a line break.
            let label = edge.label.split(whereSeparator: \.isNewline).joined(separator: " ")
            var arguments = [edge.from, edge.to, quoted(label)]
            if let technology = edge.technology { arguments.append(quoted(technology)) }
            if edge.style == .async { arguments.append("$tags = \"async\"") }
            lines.append("Rel(\(arguments.joined(separator: ", ")))")
        }
        lines += ["", "SHOW_LEGEND()", "@enduml"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func element(_ node: DiagramGraph.Node) -> String {
        let macro =
            switch node.kind {
            case .person: "Person"
            case .system, .context: "System"
            case .externalSystem: "System_Ext"
            case .container: "Container"
            case .database: "ContainerDb"
            case .queue: "ContainerQueue"
            }
        var arguments = [node.id, quoted(node.label)]
        // Systems and people take a description where containers take a technology.
        if let technology = node.technology { arguments.append(quoted(technology)) }
        return "\(macro)(\(arguments.joined(separator: ", ")))"
    }

    static func render(_ sequence: SequenceDiagram) -> String {
        var lines = ["@startuml", "title \(text(sequence.title))", "autonumber", ""]
        for participant in sequence.participants {
            let keyword =
                switch participant.kind {
                case .client: "actor"
                case .service: "participant"
                case .external: "boundary"
                case .database: "database"
                case .queue: "queue"
                }
            lines.append("\(keyword) \(quoted(participant.label)) as \(participant.id)")
        }
        lines.append("")
        let syntax = SequenceDiagram.BlockSyntax(
            message: { message in
                let arrow =
                    switch message.arrow {
                    case .call: "->"
                    case .reply: "-->"
                    case .async: "->>"
                    }
                return "\(message.from) \(arrow) \(message.to) : \(text(message.text))"
            },
            branch: { label, first in (first ? "par " : "else ") + text(label) },
            note: { over, note in "note over \(over) : \(text(note))" }
        )
        lines += sequence.lines(syntax, indent: "")
        lines.append("@enduml")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ value: String) -> String { "\"" + text(value) + "\"" }

    /// Text PlantUML shows as written: characters its preprocessor, strings and creole markup read
    /// specially become `<U+XXXX>` escapes (creole pairs such as `**` or `--` only when doubled),
    /// line breaks become `\n`.
    static func text(_ value: String) -> String {
        let characters = Array(value)
        var result = ""
        for (position, character) in characters.enumerated() {
            let doubled =
                (position > 0 && characters[position - 1] == character)
                || (position + 1 < characters.count && characters[position + 1] == character)
            switch character {
            case "\n", "\r\n", "\r": result += "\\n"
            case "\"", "\\", "$", "%", "<", ">", "~", "!", "#", "@":
                result += unicodeEscape(character)
            case _ where doubled && "*/-_'.=".contains(character):
                result += unicodeEscape(character)
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                    result += " "
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }

    private static func unicodeEscape(_ character: Character) -> String {
        let hex = String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
