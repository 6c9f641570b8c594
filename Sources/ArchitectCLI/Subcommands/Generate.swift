import ArchitectureGenerators
import ArchitectureModel
import ArgumentParser
import Foundation

extension Architect {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Generate operations config from a model: Kubernetes, Istio, SLO alerts, OpenTelemetry, Grafana, OpenAPI, AsyncAPI.",
            discussion: """
                Files go to DIR/TARGET/ and are written atomically. Images, ports and endpoints are not in the \
                model: they are parameters, and every placeholder still in use is listed after the files. \
                See docs/generate.md.
                """
        )

        @Argument(help: "What to generate: \(GenerateTarget.allValueStrings.joined(separator: ", ")).")
        var target: GenerateTarget

        @Argument(help: "The model file.")
        var model: String

        @Option(name: .shortAndLong, help: "The output directory.")
        var output: String

        @OptionGroup var parameters: GenerateParameters

        func run() throws {
            let system = try ModelInput.load(model)
            guard
                let generation = Generation.make(
                    target: target.rawValue,
                    model: system,
                    configuration: parameters.configuration
                )
            else { throw ValidationError("unknown target `\(target.rawValue)`") }
            try GenerationOutput.write(generation, to: output)
        }
    }
}

/// A `generate` target: one generator, or all of them (`Generation.targets`).
enum GenerateTarget: String, ExpressibleByArgument, CaseIterable {
    case k8s, istio, slo, otel, grafana, openapi, asyncapi, all
}
