import ArchitectureModel
import ArchitectureOutput
import Foundation

extension ModelDecoder {
    /// Workflows with their shares settled: one without `share` gets an equal part of what is left.
    func decodeWorkflows(_ document: ObjectReader, requirements: Requirements) -> [Workflow] {
        var workflows = document.entries("workflows").compactMap {
            decodeWorkflow($0.name, $0.reader, requirements: requirements)
        }
        let declared = workflows.filter(\.shareDeclared).reduce(0) { $0 + $1.share }
        if declared > 1 + 1e-9 {
            let listed = workflows.filter(\.shareDeclared).map { "\($0.name) \(percent($0.share))" }.joined(
                separator: ", "
            )
            context.report(
                .error,
                "workflow shares add up to \(percent(declared)), above 100% (\(listed))",
                hint: "shares are parts of peak_rps; lower them so they sum to at most 100%",
                path: "workflows",
                at: document.keyLocation("workflows")
            )
        }
        let undeclared = workflows.filter { !$0.shareDeclared }.count
        if undeclared > 0 {
            let each = max(0, 1 - declared) / Double(undeclared)
            for index in workflows.indices where !workflows[index].shareDeclared {
                workflows[index].share = each
            }
        }
        return workflows
    }

    private func percent(_ fraction: Double) -> String { NumberText.percent(fraction, decimals: 2) }

    private func decodeWorkflow(_ name: String, _ reader: ObjectReader, requirements: Requirements) -> Workflow? {
        let entry = reader.optional("entry", .name)
        let share = reader.optional("share", .ratio)
        var steps: [Step]?
        if reader.has("steps") {
            steps = decodeSteps(reader, entry: entry)
        }
        let saga = reader.object("saga").flatMap { decodeSaga($0, workflow: name) }
        let label = reader.optional("label", .string)
        let description = reader.optional("description", .string)
        let availability = reader.optional("availability", .ratio)
        let latencyP99 = reader.optional("latency_p99", .duration)
        guard let entry else { return nil }
        return Workflow(
            name: name,
            label: label,
            description: description,
            entry: entry,
            share: share ?? 0,
            shareDeclared: share != nil,
            availability: availability ?? requirements.availability,
            latencyP99: latencyP99 ?? requirements.latencyP99,
            steps: steps,
            saga: saga,
            location: reader.location
        )
    }

    /// Steps must be declared calls; a step whose caller the steps never reach is a warning.
    private func decodeSteps(_ reader: ObjectReader, entry: String?) -> [Step] {
        var steps: [Step] = []
        var nodes: [(Step, YAMLNode, String)] = []
        for item in reader.listItems("steps") {
            guard let written = Reading.step.read(item.node, item.type, item.path, context),
                let (caller, callee) = ScalarSyntax.step(written)
            else { continue }
            let step = Step(
                caller: caller,
                callee: callee,
                location: context.location(item.node.line, item.node.column)
            )
            if let service = servicesByName[caller], !service.calls.contains(where: { $0.to == callee }) {
                let callees = service.calls.map(\.to)
                let hint =
                    Suggestion.hint(for: callee, among: callees).map {
                        "\($0) (`\(caller) -> \(Suggestion.closest(to: callee, among: callees) ?? "")`)"
                    }
                    ?? (callees.isEmpty
                        ? "`\(caller)` declares no calls; add `calls: [{to: \(callee)}]` to it"
                        : "`\(caller)` calls \(callees.map { "`\($0)`" }.joined(separator: ", "))")
                context.error(
                    "step `\(caller) -> \(callee)` is not a declared call: `\(caller)` does not call `\(callee)`",
                    hint: hint,
                    path: item.path,
                    at: item.node
                )
                continue
            }
            steps.append(step)
            nodes.append((step, item.node, item.path))
        }
        guard let entry else { return steps }
        // The callers the steps reach from the entry, following the steps themselves.
        var reached: Set<String> = [entry]
        var changed = true
        while changed {
            changed = false
            for step in steps where reached.contains(step.caller) && !reached.contains(step.callee) {
                reached.insert(step.callee)
                changed = true
            }
        }
        for (step, node, path) in nodes where !reached.contains(step.caller) {
            context.warning(
                "step `\(step)` is never reached: no step leads from the entry `\(entry)` to `\(step.caller)`, so it has no effect",
                hint: "add the steps that lead to `\(step.caller)`, or remove this one",
                path: path,
                at: node
            )
        }
        return steps
    }

    private func decodeSaga(_ reader: ObjectReader, workflow: String) -> Saga? {
        let coordination = reader.optional("coordination", .enumeration(Saga.Coordination.self))
        let orchestrator = reader.optional("orchestrator", .name)
        if coordination == .orchestrated, !reader.has("orchestrator") {
            context.report(
                .error,
                "an orchestrated saga needs an `orchestrator`",
                hint: "add `orchestrator:` naming the service that drives the steps",
                path: reader.path,
                at: reader.location
            )
        }
        if coordination == .choreographed, reader.has("orchestrator"), let node = reader.node("orchestrator") {
            context.error(
                "a choreographed saga has no orchestrator",
                hint: "remove `orchestrator`, or set `coordination: orchestrated`",
                path: reader.fieldPath("orchestrator"),
                at: node
            )
        }
        var names: Set<String> = []
        var pivot: String?
        var steps: [SagaStep] = []
        for item in reader.listItems("steps") {
            guard
                let stepReader = ObjectReader(item.node, spec: ModelSchema.sagaStep, path: item.path, context: context)
            else { continue }
            let name = stepReader.optional("name", .name)
            let service = stepReader.optional("service", .name)
            let step = SagaStep(
                name: name ?? "",
                service: service ?? "",
                compensation: stepReader.optional("compensation", .string),
                pivot: stepReader.value("pivot", .boolean),
                retriable: stepReader.value("retriable", .boolean),
                location: stepReader.location
            )
            if let name, !names.insert(name).inserted {
                context.error(
                    "saga step `\(name)` appears twice in workflow `\(workflow)`",
                    hint: "give each step its own name",
                    path: stepReader.fieldPath("name"),
                    at: stepReader.node("name") ?? item.node
                )
            }
            if step.pivot {
                if let pivot {
                    context.error(
                        "saga step `\(step.name)` is a second pivot after `\(pivot)`; a saga has at most one pivot",
                        hint: "keep `pivot: true` on one step",
                        path: stepReader.fieldPath("pivot"),
                        at: stepReader.node("pivot") ?? item.node
                    )
                } else {
                    pivot = step.name
                }
            }
            steps.append(step)
        }
        if reader.has("steps"), steps.isEmpty, let node = reader.node("steps"), node.items?.isEmpty == true {
            context.error("a saga needs at least one step", path: reader.fieldPath("steps"), at: node)
        }
        guard let coordination else { return nil }
        return Saga(coordination: coordination, orchestrator: orchestrator, steps: steps)
    }
}
