import ArchitectureModel
import MCP

/// The changes a `what_if` call asks for: the merge patch first, then the shortcuts in argument order.
struct WhatIfChanges {
    let arguments: ToolArguments

    init(_ arguments: ToolArguments) { self.arguments = arguments }

    /// Applies every change to the document and returns a line per change, to report.
    func apply(to root: inout JSONValue) throws(ToolError) -> [String] {
        var applied: [String] = []
        if let patch = arguments.value("patch") {
            guard case .object = patch else {
                throw .invalidPatch(
                    "`patch` must be a JSON object (a merge patch of the model), got \(ToolArguments.kind(patch))"
                )
            }
            let json = try ModelDocument.json(patch, at: "patch")
            root = MergePatch.apply(json, to: root)
            applied.append("merge patch \(json.serialized().filter { !$0.isNewline })")
        }
        for (index, entry) in (try arguments.objects("set_replicas") ?? []).enumerated() {
            let edit = try ToolArguments(entry, allowed: ["component", "replicas"])
            let component = try edit.requiredString("component")
            guard let replicas = try edit.integer("replicas", in: 1...10_000) else {
                throw .invalidArgument("set_replicas[\(index)]: missing `replicas`")
            }
            try ModelEdit.set("replicas", of: component, to: .int(replicas), in: &root)
            applied.append("\(component).replicas = \(replicas)")
        }
        for (index, entry) in (try arguments.objects("set_zones") ?? []).enumerated() {
            let edit = try ToolArguments(entry, allowed: ["component", "zones"])
            let component = try edit.requiredString("component")
            guard let zones = try edit.strings("zones"), !zones.isEmpty else {
                throw .invalidArgument("set_zones[\(index)]: `zones` must list at least one zone")
            }
            try ModelEdit.set("zones", of: component, to: .array(zones.map(JSONValue.string)), in: &root)
            applied.append("\(component).zones = [\(zones.joined(separator: ", "))]")
        }
        for entry in try arguments.objects("set_timeouts") ?? [] {
            let edit = try ToolArguments(entry, allowed: ["from", "to", "timeout"])
            let from = try edit.requiredString("from")
            let to = try edit.string("to")
            let timeout = try edit.requiredString("timeout")
            try ModelEdit.setTimeout(from: from, to: to, timeout: timeout, in: &root)
            applied.append("\(from) -> \(to ?? "*") timeout = \(timeout)")
        }
        return applied
    }
}
