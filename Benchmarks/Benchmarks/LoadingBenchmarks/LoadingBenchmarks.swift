import ArchitectureLoading
import ArchitectureModel
import Benchmark
import BenchmarkModels
import Foundation

/// Loading benchmarks: the time `ModelLoader.load(text:file:)` takes, YAML parse, decoding and checks
/// together. The model text is made (or read) once in setup, so only loading is timed.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1
    )

    Benchmark(
        "Load 5000 services",
        // Setup already loads the model once (the validity check), so no warmup iteration is needed.
        // CPU time next to wall clock: on a shared 2-core machine, wall clock also counts waiting for a
        // core (the CPU clock ticks in 10 ms, too coarse for the shop example).
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            timeUnits: .milliseconds,
            warmupIterations: 0,
            maxDuration: .seconds(20),
            maxIterations: 15
        )
    ) { benchmark, text in
        for _ in benchmark.scaledIterations {
            blackHole(ModelLoader.load(text: text, file: "generated-5000.yaml"))
        }
    } setup: {
        let text = ModelGenerator(services: 5_000, calls: 50_000, workflows: 200).makeYAML()
        checkLoads(text, file: "generated-5000.yaml")
        return text
    }

    Benchmark(
        "Load shop example",
        configuration: .init(timeUnits: .microseconds, maxDuration: .seconds(5), maxIterations: 1_000)
    ) { benchmark, text in
        for _ in benchmark.scaledIterations {
            blackHole(ModelLoader.load(text: text, file: "Examples/shop.yaml"))
        }
    } setup: {
        let text = try String(contentsOf: shopExample, encoding: .utf8)
        checkLoads(text, file: "Examples/shop.yaml")
        return text
    }
}

/// Examples/shop.yaml of the root package, found from this file: Benchmarks/Benchmarks/LoadingBenchmarks/.
private let shopExample = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // LoadingBenchmarks
    .deletingLastPathComponent()  // Benchmarks (targets)
    .deletingLastPathComponent()  // Benchmarks (package)
    .deletingLastPathComponent()  // root package
    .appendingPathComponent("Examples/shop.yaml")

/// A benchmark input that does not load would time the error path: refuse to run instead.
private struct InvalidBenchmarkModel: CustomStringConvertible {
    var file: String
    var diagnostics: [Diagnostic]

    var description: String {
        let errors = diagnostics.filter { $0.severity == .error }
        let listed = errors.prefix(20).map {
            "  line \($0.location.line), column \($0.location.column): \($0.path): \($0.message)"
        }
        .joined(separator: "\n")
        return "\(file): the benchmark model does not load (\(errors.count) errors):\n\(listed)"
    }
}

/// Stops the whole run: package-benchmark reports a thrown setup error but still exits with status 0.
private func checkLoads(_ text: String, file: String) {
    let result = ModelLoader.load(text: text, file: file)
    guard result.model != nil, !result.diagnostics.hasErrors else {
        fatalError(InvalidBenchmarkModel(file: file, diagnostics: result.diagnostics).description)
    }
}
