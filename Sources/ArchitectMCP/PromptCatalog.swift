import MCP

/// The prompts: a design review, a monolith-to-services plan and a failure investigation, each
/// telling the assistant which tools to call in which order and to ground every claim in their results.
enum PromptCatalog {
    struct Entry: Sendable {
        var prompt: Prompt
        var text: @Sendable (_ arguments: [String: String]) -> String
    }

    static let grounding = """
        Ground every claim in a tool result: quote the finding id, the number and the tool that produced it. \
        Do not state availability, latency, capacity or cost from memory; if no tool gives a number, say so. \
        Before recommending a change, test it with what_if and report the findings it removes or adds and \
        the availability before and after.
        """

    static let entries: [Entry] = [
        Entry(
            prompt: Prompt(
                name: "design-review",
                title: "Design review",
                description: "Review an architecture model and propose changes proven with what_if.",
                arguments: [
                    .init(name: "path", description: "The model file, relative to the server's root.", required: false),
                    .init(
                        name: "focus",
                        description: "What matters most (availability, latency, cost...).",
                        required: false
                    ),
                ]
            ),
            text: { arguments in
                """
                Act as a senior distributed-systems architect reviewing \(model(arguments)).\(focus(arguments))
                1. check_model: fix every error before anything else (the hints name what was meant).
                2. review_model: list the findings by severity; explain_rule for any rule you cite.
                3. analyze_model: per-workflow availability against its target, utilization and \
                replicas needed at growth, the worst retry path, cost against budget.
                4. simulate with scenario `all` (bounded: requests 20000) to confirm retry storms or \
                zone outages the review suspects.
                5. For each of the top three problems, call what_if with the smallest change that fixes it \
                (set_replicas, set_zones, set_timeouts or a patch) and keep it only if the finding is removed \
                and no error is added.
                6. diagram the container view of the changed model (the `model` what_if returns) to show the result.
                Finish with a table: problem, evidence (finding id or number), change, effect measured by what_if.
                \(grounding)
                """
            }
        ),
        Entry(
            prompt: Prompt(
                name: "monolith-to-services",
                title: "Monolith-to-services plan",
                description: "Plan the split of a monolith into services, each step checked by the tools.",
                arguments: [
                    .init(
                        name: "path",
                        description: "A model of the current system, if there is one.",
                        required: false
                    ),
                    .init(
                        name: "context",
                        description: "What the monolith does and what hurts today.",
                        required: false
                    ),
                ]
            ),
            text: { arguments in
                """
                Plan how to move \(model(arguments)) from a monolith to services.\
                \(arguments["context"].map { " Context: \($0)." } ?? "")
                1. If there is no model yet, call import with the system's docker-compose files, Kubernetes \
                manifests or traces (as content), then check_model on the result; otherwise check_model.
                2. review_model and analyze_model on the current model: shared-database, single points of \
                failure, saturation and the latency budget are the baseline.
                3. Read the architect://spec/model-format resource and write the target model: services with \
                owned datastores, calls with timeouts and retries, topics for events, workflows with targets.
                4. check_model, then review_model and analyze_model on the target; compare the numbers with \
                the baseline.
                5. Order the migration in steps (strangler fig: one bounded context at a time). For each step, \
                apply it to the previous model with what_if (a merge patch) and show that it adds no error \
                finding and keeps every workflow within its availability target.
                6. generate with target `all` for the final model and list the placeholders to fill in.
                \(grounding)
                """
            }
        ),
        Entry(
            prompt: Prompt(
                name: "failure-investigation",
                title: "Failure investigation",
                description: "Explain an incident or a symptom from the model, then test the remedy.",
                arguments: [
                    .init(name: "path", description: "The model file, relative to the server's root.", required: false),
                    .init(
                        name: "symptom",
                        description: "What was observed (errors, latency, an outage).",
                        required: true
                    ),
                    .init(name: "workflow", description: "The workflow that suffered, if known.", required: false),
                ]
            ),
            text: { arguments in
                """
                Investigate this failure of \(model(arguments)): \(arguments["symptom"] ?? "(no symptom given)").\
                \(arguments["workflow"].map { " Workflow: \($0)." } ?? "")
                1. check_model, then analyze_model: the workflow's hard dependencies, availability, \
                max_attempts and worst_retry_path; utilization near 1 means queueing collapse.
                2. review_model, and explain_rule for the findings on that path (timeout-inversion, \
                retry-amplification, missing-circuit-breaker, single-point-of-failure, saturated...).
                3. simulate the model's scenario closest to the symptom (or baseline with a larger load via \
                what_if), seed 1, requests 20000: does the success rate, p99 or timeline reproduce it? Name the \
                component whose timeouts, retries or rejections explain it.
                4. Propose a remedy and test it: what_if for the findings and availability, then simulate the \
                changed model (what_if returns it) with the same scenario and seed; compare the numbers.
                \(grounding)
                """
            }
        ),
    ]

    static func get(_ parameters: GetPrompt.Parameters) throws -> GetPrompt.Result {
        guard let entry = entries.first(where: { $0.prompt.name == parameters.name }) else {
            let known = entries.map(\.prompt.name).joined(separator: ", ")
            throw MCPError.invalidParams("unknown prompt `\(parameters.name)`; the prompts are: \(known)")
        }
        let arguments = parameters.arguments ?? [:]
        for argument in entry.prompt.arguments ?? [] where argument.required == true && arguments[argument.name] == nil
        {
            throw MCPError.invalidParams("prompt \(parameters.name): missing argument `\(argument.name)`")
        }
        return GetPrompt.Result(
            description: entry.prompt.description,
            messages: [.user(.text(text: entry.text(arguments)))]
        )
    }

    private static func model(_ arguments: [String: String]) -> String {
        arguments["path"].map { "the model at `\($0)` (pass it as `path`)" } ?? "the model (pass its text as `model`)"
    }

    private static func focus(_ arguments: [String: String]) -> String {
        arguments["focus"].map { " Focus on \($0)." } ?? ""
    }
}
