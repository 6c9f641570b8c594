import ArchitectureAnalysis
import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import Benchmark
import BenchmarkModels
import Foundation

/// Analysis and review of generated models: the model is generated and loaded in setup, so only
/// `Analyzer(model).analyze()` (and `Reviewer.review`, which runs that analysis) is timed.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 10
    )

    // Counting mallocs goes through an interposer on every allocation; the review makes millions, so
    // its times are taken without that count (the analysis benchmark reports both).
    var timing = configuration
    timing.metrics = [.wallClock, .cpuTotal, .peakMemoryResident]

    Benchmark("Analyze 5000 services, 10 zones", configuration: configuration) { benchmark, model in
        for _ in benchmark.scaledIterations {
            blackHole(try Analyzer(model).analyze())
        }
    } setup: {
        loadedModel(ModelGenerator(services: 5_000, calls: 50_000, workflows: 200, zones: 10))
    }

    // Review cost against model size: 500, 5,000 and 50,000 services, ten calls each.
    for services in [500, 5_000, 50_000] {
        Benchmark("Review \(services) services", configuration: timing) { benchmark, model in
            for _ in benchmark.scaledIterations {
                blackHole(Reviewer.review(model, today: CalendarDate(year: 2026, month: 1, day: 1)))
            }
        } setup: {
            loadedModel(
                ModelGenerator(services: services, calls: services * 10, workflows: min(200, services / 5), zones: 10)
            )
        }
    }
}

/// A benchmark input that does not load would time nothing useful: stop the run instead (the
/// benchmark library reports a thrown setup error but still exits with status 0).
private func loadedModel(_ generator: ModelGenerator) -> SystemModel {
    let file = "generated-\(generator.services).yaml"
    let result = ModelLoader.load(text: generator.makeYAML(), file: file)
    guard let model = result.model, !result.diagnostics.hasErrors else {
        let first = result.diagnostics.first.map { "\($0.location): \($0.message)" } ?? "no model"
        fatalError("\(file): the benchmark model does not load: \(first)")
    }
    return model
}
