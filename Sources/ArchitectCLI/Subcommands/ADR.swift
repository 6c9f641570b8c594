import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReport
import ArgumentParser
import Foundation

extension Architect {
    struct ADR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "adr",
            abstract: "Write the model's decisions as MADR files with an index, optionally proposing new ones.",
            discussion: """
                Files that do not exist are created; files Architect wrote and nobody edited are updated; \
                edited files are kept (--force overwrites them). Nothing is deleted. Exit status: 0, or 2 when \
                the model does not load or a file cannot be written.
                """
        )

        @OptionGroup var input: AssessmentOptions

        @Option(name: .shortAndLong, help: "The folder to write the records into (created when missing).")
        var output: String

        @Flag(help: "Also write proposed records drafted from the review's most important open risks.")
        var propose = false

        @Flag(help: "Overwrite files that were edited since Architect wrote them.")
        var force = false

        func run() throws {
            let assessment = try input.load()
            let files = DecisionRecordRenderer.files(
                assessment.decisionRecords(propose: propose),
                system: assessment.model.system.name
            )
            do {
                try FolderOutput.write(files, to: output, force: force)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitStatus.unusable
            }
        }
    }
}
