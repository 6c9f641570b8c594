import ArchitectureLoading
import ArgumentParser
import Foundation

extension Architect {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of the model format, for editor completion.",
            discussion:
                "With VS Code's YAML extension, save it and map it to your models in settings.json: \"yaml.schemas\": {\"./architect.schema.json\": [\"architecture/*.yaml\"]}."
        )

        @Option(name: .shortAndLong, help: "Write the schema to this file (atomically) instead of printing it.")
        var output: String?

        func run() throws {
            let schema = JSONSchemaWriter.write()
            guard let output else {
                print(schema, terminator: "")
                return
            }
            try OutputFile.write(schema, to: output)
        }
    }
}
