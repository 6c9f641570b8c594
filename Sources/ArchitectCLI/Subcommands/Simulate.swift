import ArchitectureLoading
import ArchitectureModel
import ArchitectureSimulation
import ArgumentParser
import Foundation

extension Architect {
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate the model's traffic under its fault scenarios: success, tails, timeouts, retries.",
            discussion: """
                Exit status: 0 when the simulation ran, 1 with --fail-on-verdict when a workflow misses its \
                availability or p99 target, 2 when the model or scenario does not load.
                """
        )

        @Argument(help: "The model file (YAML or JSON).")
        var model: String

        @Option(help: "A scenario of the model, `baseline` (no faults), or `all`.")
        var scenario = Scenario.baselineName

        @Option(help: "Seed of the random streams; the same seed gives the same output.")
        var seed: UInt64 = 1

        @Option(help: "Simulate until this many external requests are expected (instead of the scenario's duration).")
        var requests: Int?

        @Option(help: "Arrival window, such as 120s or 10m (instead of the scenario's duration).")
        var duration: String?

        @Option(help: "text (for a terminal) or json (simulation.md, format 1).")
        var format: SimulationFormat = .text

        @Flag(help: "Exit 1 when a workflow misses its availability or p99 target.")
        var failOnVerdict = false

        func validate() throws {
            if requests != nil, duration != nil { throw ValidationError("give --requests or --duration, not both") }
            if let requests, requests < 1 { throw ValidationError("--requests must be at least 1") }
            if let duration, DurationOption.seconds(duration) == nil {
                throw ValidationError("--duration must be a number with a unit (us, ms, s, m, h), such as 120s")
            }
        }

        func run() throws {
            let simulation = Simulation(try ModelInput.load(model))
            var options = SimulationOptions(seed: seed)
            if let requests { options.window = .requests(requests) }
            if let seconds = duration.flatMap(DurationOption.seconds) { options.window = .seconds(seconds) }
            let results: [SimulationResult]
            do {
                results = try simulation.scenarios(named: scenario).map { scenario in
                    try simulation.run(scenario, options: options, progress: ProgressBar.make(label: scenario.name))
                }
            } catch {
                FileHandle.standardError.write(Data("error: \(model): \(error)\n".utf8))
                throw ExitStatus.unusable
            }
            switch format {
            case .json:
                let json = results.count == 1 && scenario != "all" ? results[0].json : .array(results.map(\.json))
                print(json.serialized(), terminator: "")
            case .text:
                print(
                    results.map { SimulationTextRenderer.render($0, color: Terminal.colorEnabled) }.joined(
                        separator: "\n"
                    )
                )
            }
            if failOnVerdict, results.contains(where: \.missesTarget) { throw ExitStatus.failed }
        }
    }
}

enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--duration` values: the model's duration syntax (`120s`, `10m`), above zero.
enum DurationOption {
    static func seconds(_ text: String) -> Double? {
        guard case .success(let span) = ScalarSyntax.duration(text), span.seconds > 0 else { return nil }
        return span.seconds
    }
}

/// A progress bar on standard error, only when it is a terminal.
enum ProgressBar {
    static func make(label: String) -> ((Double) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { share in
            let filled = Int(share * 30)
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
            FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(Int(share * 100))%".utf8))
            if share >= 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
