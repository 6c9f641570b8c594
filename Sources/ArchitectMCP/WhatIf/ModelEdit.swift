import ArchitectureLoading
import ArchitectureModel
import MCP

/// The `what_if` shortcuts: set a component's replicas or zones, or the timeout of a service's calls,
/// without writing a patch. Each is a merge into the component's mapping, checked to name something.
enum ModelEdit {
    static let sections = ["services", "datastores", "brokers"]

    /// Sets `key` of the service, datastore or broker `component` to `value`.
    static func set(
        _ key: String,
        of component: String,
        to value: JSONValue,
        in root: inout JSONValue
    ) throws(ToolError) {
        guard let section = sections.first(where: { root[$0]?[component] != nil }) else {
            let known = sections.flatMap { root[$0]?.keys ?? [] }
            let hint = Suggestion.hint(for: component, among: known).map { "; \($0)" } ?? ""
            throw .invalidPatch("no service, datastore or broker named `\(component)`\(hint)")
        }
        root = MergePatch.apply(.object([(section, .object([(component, .object([(key, value)]))]))]), to: root)
    }

    /// Sets the timeout of `from`'s calls to `to` (every call of `from` when `to` is nil).
    static func setTimeout(
        from: String,
        to callee: String?,
        timeout: String,
        in root: inout JSONValue
    ) throws(ToolError) {
        guard case .success = ScalarSyntax.duration(timeout) else {
            throw .invalidPatch("timeout `\(timeout)` is not a duration such as 300ms or 1.5s")
        }
        guard let service = root["services"]?[from] else {
            let hint = Suggestion.hint(for: from, among: root["services"]?.keys ?? []).map { "; \($0)" } ?? ""
            throw .invalidPatch("no service named `\(from)`\(hint)")
        }
        guard case .array(let calls)? = service["calls"] else {
            throw .invalidPatch("service `\(from)` makes no calls")
        }
        var matched = 0
        let changed = calls.map { call -> JSONValue in
            // A call written as just the callee's name becomes a mapping once it has a timeout.
            let entry: JSONValue = if case .string(let name) = call { .object([("to", .string(name))]) } else { call }
            guard case .string(let target)? = entry["to"], callee == nil || callee == target else { return call }
            matched += 1
            return MergePatch.apply(.object([("timeout", .string(timeout))]), to: entry)
        }
        guard matched > 0 else {
            let calls = calls.compactMap { $0["to"].flatMap { if case .string(let to) = $0 { to } else { nil } } }
            throw .invalidPatch(
                "service `\(from)` makes no call to `\(callee ?? "")`; it calls \(calls.joined(separator: ", "))"
            )
        }
        root = MergePatch.apply(
            .object([("services", .object([(from, .object([("calls", .array(changed))]))]))]),
            to: root
        )
    }
}
