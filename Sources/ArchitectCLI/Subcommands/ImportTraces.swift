import ArchitectureImport
import ArgumentParser

extension Architect {
    struct ImportTraces: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "traces",
            abstract: "Import traces: Zipkin v2 JSON, Jaeger JSON (UI export) or OTLP JSON.",
            discussion: """
                Gives services, calls (client/server and producer/consumer, B3 shared spans included), \
                protocols, calls per request, self time (mean and p99) and workflows from root operations.
                """
        )

        @Argument(help: "Trace files.")
        var files: [String]

        @OptionGroup var options: ImportOptions

        func run() throws {
            try options.run(files.map(ImportSource.traces))
        }
    }
}
