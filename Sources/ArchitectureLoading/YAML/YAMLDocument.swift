import ArchitectureModel
import Foundation
import Yams

/// Reads YAML (or JSON) text into a `YAMLNode` tree within bounds on size, depth and alias expansion.
package enum YAMLDocument {
    /// Larger files are refused before parsing: a model of 5,000 services is a few MiB, and parsing costs memory.
    package static let maximumBytes = 32 * 1024 * 1024

    /// Bounds the nodes visited while expanding aliases (a "billion laughs" document shares one node
    /// many times over); generous, since a plain document has fewer nodes than bytes.
    package static func maximumNodes(forBytes bytes: Int) -> Int { max(1_000_000, 4 * bytes) }

    /// Parses `text`; on failure returns the one problem that says where the YAML is broken.
    static func parse(_ text: String) -> Result<YAMLNode?, LoadProblem> {
        let bytes = text.utf8.count
        if let problem = complexKeyProblem(in: text) {
            return .failure(problem)
        }
        let root: Node?
        do {
            root = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            return .failure(problem(for: error))
        } catch {
            return .failure(LoadProblem(message: "cannot read YAML: \(error)", line: 1, column: 1))
        }
        guard let root else { return .success(nil) }
        var converter = NodeConverter(budget: maximumNodes(forBytes: bytes))
        do {
            return .success(try converter.convert(root))
        } catch {
            return .failure(error)
        }
    }

    /// Parses every document of a stream separated by `---`, as Kubernetes manifests are written;
    /// empty documents are left out. On failure returns the problem of the first broken document.
    package static func parseStream(_ text: String) -> Result<[YAMLNode], LoadProblem> {
        if let problem = complexKeyProblem(in: text) {
            return .failure(problem)
        }
        var converter = NodeConverter(budget: maximumNodes(forBytes: text.utf8.count))
        var documents: [YAMLNode] = []
        do {
            let parser = try Parser(yaml: text)
            while let root = try parser.nextRoot() {
                documents.append(try converter.convert(root))
            }
        } catch let error as YamlError {
            return .failure(problem(for: error))
        } catch let error as LoadProblem {
            return .failure(error)
        } catch {
            return .failure(LoadProblem(message: "cannot read YAML: \(error)", line: 1, column: 1))
        }
        return .success(documents)
    }

    private static func problem(for error: YamlError) -> LoadProblem {
        func make(_ message: String, _ line: Int, _ column: Int, hint: String? = nil) -> LoadProblem {
            LoadProblem(message: message, line: max(1, line), column: max(1, column), hint: hint)
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return make(
                "invalid YAML: \(text)",
                mark.line,
                mark.column,
                hint: hint(forProblem: problem, line: mark.line, in: yaml)
            )
        case .composer(let context, let problem, let mark, _):
            if context?.text == "expected a single document in the stream" {
                return make(
                    "the file holds several YAML documents; a model is one document",
                    mark.line,
                    mark.column,
                    hint: "remove the `---` separator and everything after it, or split the file"
                )
            }
            return make("invalid YAML: \(problem)", mark.line, mark.column)
        case .reader(let problem, let offset, let value, let yaml):
            let (line, column) = position(ofByte: offset ?? 0, in: yaml)
            let what = value >= 0 ? String(format: " (byte 0x%02X)", value) : ""
            return make(
                "the file is not YAML text: \(problem)\(what)",
                line,
                column,
                hint: "a model is UTF-8 text; check that this is the right file"
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            let first = context.mark
            // Yams points at the first occurrence; the mistake is the repeat, so point there.
            let again = duplicates.first.flatMap { repeatPosition(of: $0, after: first, in: context.text) }
            return make(
                "duplicate key \(keys) in one mapping (first at line \(first.line)); each key may appear once",
                again?.line ?? first.line,
                again?.column ?? first.column,
                hint: "merge the two entries or rename one"
            )
        case .no, .memory, .writer, .emitter, .representer, .dataCouldNotBeDecoded:
            return make("cannot read YAML: \(error)", 1, 1)
        }
    }

    /// Where `key` is written again after its first occurrence at `first`: later in the same flow
    /// mapping on that line, or on a later line at the same indentation.
    private static func repeatPosition(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)?
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        func startsWithKey(_ rest: Substring) -> Bool {
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                if rest.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix(":") { return true }
            }
            return false
        }
        let firstLine = Array(lines[first.line - 1])
        var index = first.column - 1 + key.count
        while index < firstLine.count {
            if firstLine[index] == "," || firstLine[index] == "{" {
                var start = index + 1
                while start < firstLine.count, firstLine[start] == " " { start += 1 }
                if startsWithKey(Substring(String(firstLine[start...]))) { return (first.line, start + 1) }
            }
            index += 1
        }
        for number in first.line..<lines.count {
            let line = lines[number]
            let indent = line.prefix { $0 == " " }.count
            if indent == first.column - 1, startsWithKey(line.dropFirst(indent)) { return (number + 1, indent + 1) }
        }
        return nil
    }

    private static func hint(forProblem problem: String, line: Int, in yaml: String) -> String? {
        let text =
            yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1).first
            ?? ""
        if problem.contains("tab") || text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
            return "indent with spaces; YAML does not allow tabs for indentation"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: the keys of one mapping, and the items of one list, start in the same column"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value containing `: ` must be quoted, or a key is indented wrongly"
        }
        return nil
    }

    /// 1-based line and column of a byte offset.
    private static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
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

    /// An alias used as a mapping key, or an explicit `? ` key: the model never needs them, and Yams
    /// hashes whole key trees to find duplicates, which a shared alias makes exponentially costly.
    private static func complexKeyProblem(in text: String) -> LoadProblem? {
        var line = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let trimmed = rawLine.drop { $0 == " " || $0 == "-" || $0 == "\t" }
            let column = rawLine.count - trimmed.count + 1
            if trimmed.hasPrefix("? ") || trimmed == "?" {
                return LoadProblem(
                    message: "explicit mapping keys (`? `) are not part of the model format",
                    line: line,
                    column: column,
                    hint: "write keys as plain names"
                )
            }
            if trimmed.hasPrefix("*") {
                let name = trimmed.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                let rest = trimmed.dropFirst(1 + name.count).drop { $0 == " " }
                if !name.isEmpty, rest.hasPrefix(":") {
                    return LoadProblem(
                        message: "an alias (`*\(name)`) cannot be a mapping key",
                        line: line,
                        column: column,
                        hint: "write keys as plain names"
                    )
                }
            }
        }
        return nil
    }
}

/// A problem found while reading YAML, before any model path exists.
package struct LoadProblem: Error {
    init(message: String, line: Int, column: Int, hint: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }

    package var message: String
    package var line: Int
    package var column: Int
    package var hint: String?

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(
            severity: .error,
            path: "",
            message: message,
            hint: hint,
            location: SourceLocation(file: file, line: line, column: column)
        )
    }
}

/// Converts Yams nodes, counting every node visited so shared aliases cannot blow up.
private struct NodeConverter {
    var budget: Int

    mutating func convert(_ node: Node) throws(LoadProblem) -> YAMLNode {
        budget -= 1
        let mark = node.mark
        let line = mark?.line ?? 1
        let column = mark?.column ?? 1
        if budget < 0 {
            throw LoadProblem(
                message: "the document expands to too many nodes through its aliases (a \"billion laughs\" document?)",
                line: line,
                column: column,
                hint: "use fewer nested aliases"
            )
        }
        switch node {
        case .scalar(let scalar):
            let isPlain = scalar.style == .plain || scalar.style == .any
            // Yams gives plain scalars the implicit tag and quoted ones `!` or `!!str`; any other tag was
            // written by hand (`!!int "3"`) and would change a value's type behind the reader's back.
            let tag = scalar.tag.rawValue
            let untagged =
                tag == Tag.Name.implicit.rawValue || tag == Tag.Name.nonSpecific.rawValue
                || (!isPlain && tag == Tag.Name.str.rawValue)
            if !untagged {
                let written =
                    tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
                throw LoadProblem(
                    message: "YAML tags such as `\(written)` are not part of the model format",
                    line: line,
                    column: column,
                    hint: "remove the tag"
                )
            }
            return YAMLNode(value: .scalar(.init(text: scalar.string, isPlain: isPlain)), line: line, column: column)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item))
            }
            return YAMLNode(value: .sequence(items), line: line, column: column)
        case .mapping(let mapping):
            return YAMLNode(value: .mapping(try convertPairs(mapping)), line: line, column: column)
        case .alias:
            throw LoadProblem(message: "an unresolved alias", line: line, column: column)
        }
    }

    /// Pairs in order; merge keys (`<<: *base`) add the merged mapping's pairs that are not written here.
    private mutating func convertPairs(_ mapping: Node.Mapping) throws(LoadProblem) -> [YAMLNode.Pair] {
        var own: [YAMLNode.Pair] = []
        var merged: [YAMLNode.Pair] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode else {
                let mark = keyNode.mark
                throw LoadProblem(
                    message:
                        "a mapping key must be a plain name, not \(keyNode.sequence != nil ? "a list" : "a mapping")",
                    line: mark?.line ?? 1,
                    column: mark?.column ?? 1
                )
            }
            let keyLine = key.mark?.line ?? 1
            let keyColumn = key.mark?.column ?? 1
            if key.string == "<<", key.style == .plain || key.style == .any {
                let sources: [Node]
                switch valueNode {
                case .mapping: sources = [valueNode]
                case .sequence(let sequence): sources = Array(sequence)
                default: sources = [valueNode]
                }
                for source in sources {
                    let converted = try convert(source)
                    guard let pairs = converted.pairs else {
                        throw LoadProblem(
                            message: "a merge key (`<<`) takes a mapping or a list of mappings",
                            line: converted.line,
                            column: converted.column
                        )
                    }
                    merged.append(contentsOf: pairs.filter { pair in !merged.contains { $0.key == pair.key } })
                }
                continue
            }
            own.append(
                YAMLNode.Pair(key: key.string, keyLine: keyLine, keyColumn: keyColumn, value: try convert(valueNode))
            )
        }
        if merged.isEmpty { return own }
        let ownKeys = Set(own.map(\.key))
        return own + merged.filter { !ownKeys.contains($0.key) }
    }
}
