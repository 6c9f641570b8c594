public import ArchitectureModel

/// The leaves that differ between two documents of one layout (two analyses): objects key by key,
/// arrays of named objects by `name`, other arrays element by element when their lengths agree.
public enum JSONDifference {
    public struct Change: Sendable {
        /// Such as `workflows[checkout].availability`.
        public var path: String
        public var before: JSONValue
        public var after: JSONValue
    }

    public static func changes(from before: JSONValue, to after: JSONValue) -> [Change] {
        var changes: [Change] = []
        compare(before, after, path: "", into: &changes)
        return changes
    }

    private static func compare(_ before: JSONValue, _ after: JSONValue, path: String, into changes: inout [Change]) {
        switch (before, after) {
        case (.object(let old), .object(let new)):
            let keys = old.map(\.0) + new.map(\.0).filter { key in !old.contains { $0.0 == key } }
            for key in keys {
                let child = path.isEmpty ? key : "\(path).\(key)"
                compare(before[key] ?? .null, after[key] ?? .null, path: child, into: &changes)
            }
        case (.array(let old), .array(let new)):
            if let oldNames = names(old), let newNames = names(new) {
                for name in oldNames + newNames.filter({ !oldNames.contains($0) }) {
                    let pick = { (items: [JSONValue]) in items.first { $0["name"] == .string(name) } ?? .null }
                    compare(pick(old), pick(new), path: "\(path)[\(name)]", into: &changes)
                }
            } else if old.count == new.count {
                for (index, pair) in zip(old, new).enumerated() {
                    compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &changes)
                }
            } else {
                changes.append(Change(path: path, before: before, after: after))
            }
        default:
            if before != after { changes.append(Change(path: path, before: before, after: after)) }
        }
    }

    /// The `name` of every element, when each is an object with a distinct string name.
    private static func names(_ items: [JSONValue]) -> [String]? {
        var names: [String] = []
        for item in items {
            guard case .string(let name)? = item["name"], !names.contains(name) else { return nil }
            names.append(name)
        }
        return names
    }
}
