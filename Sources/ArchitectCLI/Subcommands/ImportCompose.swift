import ArchitectureImport
import ArgumentParser

extension Architect {
    struct ImportCompose: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compose",
            abstract: "Import docker-compose files; `${VAR:-default}` is resolved from `.env` or --env-file.",
            discussion: "`depends_on` is start order: it is reported in the evidence, never made a call."
        )

        @Argument(help: "Compose files, merged in order like `docker compose -f`.")
        var files: [String]

        @OptionGroup var options: ImportOptions

        func run() throws {
            try options.run(files.map(ImportSource.compose))
        }
    }
}
