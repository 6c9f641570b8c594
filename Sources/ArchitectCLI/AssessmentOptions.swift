import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReport
import ArchitectureReview
import ArgumentParser
import Foundation

/// The model and review settings that `adr`, `risks` and `report` share.
struct AssessmentOptions: ParsableArguments {
    @Argument(help: "The model file (YAML or JSON).")
    var model: String

    @Option(help: "A review configuration (YAML): per-rule severity, parameters, enabled.")
    var config: String?

    @Option(help: "The date waivers expire against, YYYY-MM-DD (default: today, UTC).")
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil { throw ValidationError("--today takes a date YYYY-MM-DD") }
    }

    /// Loads the model and computes analysis, review and risks; exits 2 when that is impossible.
    func load() throws -> Assessment {
        let loaded = try ModelInput.load(model)
        let configuration = try ReviewInput.configuration(config)
        let date = today.flatMap(CalendarDate.init) ?? CalendarDate.todayUTC()
        do {
            return try Assessment(model: loaded, configuration: configuration, today: date)
        } catch {
            FileHandle.standardError.write(Data("error: \(model): \(error)\n".utf8))
            throw ExitStatus.unusable
        }
    }
}
