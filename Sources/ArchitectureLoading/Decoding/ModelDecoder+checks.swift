import ArchitectureModel

extension ModelDecoder {
    /// `publishes` fires once per synchronous request; a service that never handles one never publishes.
    /// Skipped when the model has errors: a misspelled call would make it a false alarm.
    func checkPublishesFire(_ model: SystemModel) {
        guard !context.diagnostics.hasErrors else { return }
        var handlesRequests: Set<String> = Set(model.workflows.map(\.entry))
        for service in model.services {
            for call in service.calls { handlesRequests.insert(call.to) }
        }
        for service in model.services where !service.publishes.isEmpty && !handlesRequests.contains(service.name) {
            guard let location = publishesLocations[service.name] else { continue }
            let topics = service.publishes.map { "`\($0)`" }.joined(separator: ", ")
            let hint: String =
                service.subscribes.isEmpty
                ? "make `\(service.name)` a workflow entry or the callee of a call, or remove `publishes`"
                : "to publish per message handled, use the long form: `subscribes: [{topic: \(service.subscribes[0].topic), publishes: [\(service.publishes.joined(separator: ", "))]}]`"
            context.report(
                .warning,
                "`\(service.name)` publishes \(topics) once per synchronous request it handles, but it handles none, so they never fire",
                hint: hint,
                path: "services.\(service.name).publishes",
                at: location
            )
        }
    }
}
