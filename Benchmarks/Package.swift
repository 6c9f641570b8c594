// swift-tools-version: 6.2
import PackageDescription

// Benchmarks for Architect, kept in their own package so the root package does not depend on
// ordo-one/benchmark (formerly package-benchmark). Run: `swift package --disable-sandbox benchmark`
// (see README.md). The root package is named `architect` here so the name does not depend on the
// folder a clone is checked out in.
let package = Package(
    name: "architect-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "architect", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The generated models every benchmark reads, and a command that writes one for profiling.
        .target(name: "BenchmarkModels", path: "Benchmarks/BenchmarkModels"),
        .executableTarget(
            name: "benchmark-model",
            dependencies: ["BenchmarkModels"],
            path: "Benchmarks/BenchmarkModelWriter"
        ),
        .executableTarget(
            name: "LoadingBenchmarks",
            dependencies: [
                "BenchmarkModels",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArchitectureLoading", package: "architect"),
                .product(name: "ArchitectureModel", package: "architect"),
            ],
            path: "Benchmarks/LoadingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [
                "BenchmarkModels",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArchitectureLoading", package: "architect"),
                .product(name: "ArchitectureModel", package: "architect"),
                .product(name: "ArchitectureAnalysis", package: "architect"),
                .product(name: "ArchitectureReview", package: "architect"),
            ],
            path: "Benchmarks/AnalysisBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArchitectureImport", package: "architect"),
            ],
            path: "Benchmarks/ImportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SimulationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArchitectureLoading", package: "architect"),
                .product(name: "ArchitectureSimulation", package: "architect"),
            ],
            path: "Benchmarks/SimulationBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

// The root package's settings: Swift 6 mode, warnings are errors, explicit imports.
for target in package.targets {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .treatAllWarnings(as: .error),
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
        ]
}
