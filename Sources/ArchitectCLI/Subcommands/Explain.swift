import ArchitectureLoading
import ArgumentParser

extension Architect {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Document a part of the model format.",
            discussion: """
                Examples: `architect explain` (the top level), `architect explain service`, \
                `architect explain services.calls.retries`, `architect explain timeout`.
                """
        )

        @Argument(help: "An object (service, call, ...), a dotted path, or a field name.")
        var topic: String?

        func run() throws {
            guard let text = FormatDocumentation.explain(topic) else {
                throw ValidationError(FormatDocumentation.unknownTopicMessage(topic ?? ""))
            }
            print(text, terminator: "")
        }
    }
}
