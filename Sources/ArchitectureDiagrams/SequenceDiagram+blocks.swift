extension SequenceDiagram {
    /// How a language writes messages, notes and `par` blocks whose branches are opened by a keyword
    /// line and the block closed by `end` (Mermaid and PlantUML).
    struct BlockSyntax {
        var message: (Message) -> String
        /// The line that opens a branch: the first (`par`) or a later one (`and`, `else`).
        var branch: (_ label: String, _ first: Bool) -> String
        var note: (_ over: String, _ text: String) -> String
    }

    /// The items as lines, nested blocks indented by four spaces.
    func lines(_ syntax: BlockSyntax, indent: String) -> [String] {
        var lines: [String] = []
        func emit(_ items: [Item], indent: String) {
            for item in items {
                switch item {
                case .message(let message): lines.append(indent + syntax.message(message))
                case .parallel(let label, let branches):
                    for (position, branch) in branches.enumerated() {
                        lines.append(indent + syntax.branch(label, position == 0))
                        emit(branch, indent: indent + "    ")
                    }
                    lines.append(indent + "end")
                case .note(let over, let text): lines.append(indent + syntax.note(over, text))
                }
            }
        }
        emit(items, indent: indent)
        return lines
    }
}
