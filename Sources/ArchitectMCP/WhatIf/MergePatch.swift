import ArchitectureModel

/// JSON Merge Patch (RFC 7386): an object patch merges key by key, `null` removes a key, anything
/// else replaces the target. Keys keep their place in the document; new keys go last.
enum MergePatch {
    static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        guard case .object(let changes) = patch else { return patch }
        var pairs: [(String, JSONValue)] = []
        if case .object(let existing) = target { pairs = existing }
        for (key, change) in changes {
            let index = pairs.firstIndex { $0.0 == key }
            if change == .null {
                if let index { pairs.remove(at: index) }
            } else if let index {
                pairs[index].1 = apply(change, to: pairs[index].1)
            } else {
                pairs.append((key, apply(change, to: .null)))
            }
        }
        return .object(pairs)
    }
}
