import CYaml

/// Builds a `YAMLNode` tree from libyaml's events with an explicit stack (no recursion, so no depth
/// can overflow the call stack; libyaml itself stops at 1,000 levels), expanding aliases within a
/// node budget, applying merge keys, and refusing duplicate keys and explicit tags.
struct YAMLComposer {
    let text: String
    /// Nodes the tree may still hold, aliases expanded.
    var budget: Int

    private struct Open {
        var isMapping: Bool
        var anchor: String?
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
        var size = 1
    }

    /// Anchored nodes and how many nodes each holds, to charge an alias its full size.
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]

    init(text: String, budget: Int) {
        self.text = text
        self.budget = budget
    }

    mutating func compose(_ input: UnsafeMutableBufferPointer<UInt8>) throws(LoadProblem) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw LoadProblem(message: "cannot start the YAML parser", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)

        var stack: [Open] = []
        var root: (node: YAMLNode, size: Int)?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw problem(from: parser) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            var finished: (node: YAMLNode, size: Int)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root?.node
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw LoadProblem(
                        message: "the file holds several YAML documents; a model is one document",
                        line: line,
                        column: column,
                        hint: "remove the `---` separator and everything after it, or split the file"
                    )
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                try checkTag(
                    scalar.tag,
                    implicit: scalar.plain_implicit != 0 || scalar.quoted_implicit != 0,
                    line: line,
                    column: column
                )
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)),
                    as: UTF8.self
                )
                let node = YAMLNode(value: .scalar(.init(text: value, isPlain: isPlain)), line: line, column: column)
                finished = (node, 1)
                if let anchor = Self.string(scalar.anchor) { anchors[anchor] = (node, 1) }
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw LoadProblem(
                        message: "the alias `*\(name)` names no anchor defined before it",
                        line: line,
                        column: column
                    )
                }
                var node = anchored.node
                node.line = line
                node.column = column
                finished = (node, anchored.size)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                try checkTag(start.tag, implicit: start.implicit != 0, line: line, column: column)
                stack.append(Open(isMapping: false, anchor: Self.string(start.anchor), line: line, column: column))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                try checkTag(start.tag, implicit: start.implicit != 0, line: line, column: column)
                stack.append(Open(isMapping: true, anchor: Self.string(start.anchor), line: line, column: column))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let open = stack.popLast() else { break }
                let value: YAMLNode.Value = open.isMapping ? .mapping(try pairs(of: open.items)) : .sequence(open.items)
                let node = YAMLNode(value: value, line: open.line, column: open.column)
                finished = (node, open.size)
                if let anchor = open.anchor { anchors[anchor] = (node, open.size) }
            default:
                break
            }
            guard let finished else { continue }
            budget -= finished.size
            if budget < 0 {
                throw LoadProblem(
                    message:
                        "the document expands to too many nodes through its aliases (a \"billion laughs\" document?)",
                    line: line,
                    column: column,
                    hint: "use fewer nested aliases"
                )
            }
            if stack.isEmpty {
                root = finished
            } else {
                stack[stack.count - 1].items.append(finished.node)
                stack[stack.count - 1].size += finished.size
            }
        }
    }

    /// Keys and values alternate in a mapping's items. Merge keys (`<<: *base`) add the merged
    /// mappings' pairs that are not written here; a key written twice is an error at the repeat.
    private func pairs(of items: [YAMLNode]) throws(LoadProblem) -> [YAMLNode.Pair] {
        var own: [YAMLNode.Pair] = []
        own.reserveCapacity(items.count / 2)
        var merged: [YAMLNode.Pair] = []
        var seen: [String: Int] = [:]
        var index = 0
        while index + 1 < items.count {
            let key = items[index]
            let value = items[index + 1]
            index += 2
            guard let scalar = key.scalar else {
                throw LoadProblem(
                    message: "a mapping key must be a plain name, not \(key.items != nil ? "a list" : "a mapping")",
                    line: key.line,
                    column: key.column
                )
            }
            if scalar.isPlain, scalar.text == "<<" {
                for source in value.items ?? [value] {
                    guard let sourcePairs = source.pairs else {
                        throw LoadProblem(
                            message: "a merge key (`<<`) takes a mapping or a list of mappings",
                            line: source.line,
                            column: source.column
                        )
                    }
                    merged.append(contentsOf: sourcePairs.filter { pair in !merged.contains { $0.key == pair.key } })
                }
                continue
            }
            if let first = seen[scalar.text] {
                throw LoadProblem(
                    message:
                        "duplicate key `\(scalar.text.truncatedForMessage)` in one mapping (first at line \(first)); each key may appear once",
                    line: key.line,
                    column: key.column,
                    hint: "merge the two entries or rename one"
                )
            }
            seen[scalar.text] = key.line
            own.append(YAMLNode.Pair(key: scalar.text, keyLine: key.line, keyColumn: key.column, value: value))
        }
        return merged.isEmpty ? own : own + merged.filter { seen[$0.key] == nil }
    }

    /// Only implicit tags: a written tag such as `!!int "3"` would change a value's type silently.
    private func checkTag(
        _ tag: UnsafeMutablePointer<yaml_char_t>?,
        implicit: Bool,
        line: Int,
        column: Int
    ) throws(LoadProblem) {
        guard let written = Self.string(tag), written != "!" else { return }
        let shown =
            written.hasPrefix("tag:yaml.org,2002:")
            ? "!!" + written.dropFirst("tag:yaml.org,2002:".count) : Substring(written)
        throw LoadProblem(
            message: "YAML tags such as `\(shown)` are not part of the model format",
            line: line,
            column: column,
            hint: "remove the tag"
        )
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// libyaml's error, with its position, said for a person.
    private func problem(from parser: yaml_parser_t) -> LoadProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let (line, column) = position(ofByte: Int(parser.problem_offset))
            let what = parser.problem_value >= 0 ? " (byte \(hexByte(Int(parser.problem_value))))" : ""
            return LoadProblem(
                message: "the file is not YAML text: \(problem)\(what)",
                line: line,
                column: column,
                hint: "a model is UTF-8 text; check that this is the right file"
            )
        case YAML_MEMORY_ERROR:
            return LoadProblem(message: "not enough memory to read the YAML", line: 1, column: 1)
        default:
            let context = parser.context.map { String(cString: $0) }
            let line = Int(parser.problem_mark.line) + 1
            let column = Int(parser.problem_mark.column) + 1
            let message = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return LoadProblem(
                message: "invalid YAML: \(message)",
                line: line,
                column: column,
                hint: YAMLDocument.hint(forProblem: problem, line: line, in: text)
            )
        }
    }

    private func hexByte(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 2 - digits.count)) + digits
    }

    /// 1-based line and column of a byte offset.
    private func position(ofByte offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
