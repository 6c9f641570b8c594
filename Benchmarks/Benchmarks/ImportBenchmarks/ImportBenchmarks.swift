import ArchitectureImport
import Benchmark
import Foundation

/// The budget: a 2,000-span trace file and a 500-manifest directory each import in under a second.
let benchmarks: @Sendable () -> Void = {
    let inputs = ImportInputs.make()
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10),
        thresholds: [.wallClock: .init(absolute: [.p90: 1_000_000_000])]
    )
    Benchmark("Import 2,000 Zipkin spans", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try TraceImporter().importFiles([inputs.traces]))
        }
    }
    Benchmark("Import 500 Kubernetes manifests", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try KubernetesImporter().importPaths([inputs.manifests]))
        }
    }
}
