// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "architect",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "architect", targets: ["architect"]),
        .library(name: "ArchitectureOutput", targets: ["ArchitectureOutput"]),
        .library(name: "ArchitectureModel", targets: ["ArchitectureModel"]),
        .library(name: "ArchitectureLoading", targets: ["ArchitectureLoading"]),
        .library(name: "ArchitectureAnalysis", targets: ["ArchitectureAnalysis"]),
        .library(name: "ArchitectureReview", targets: ["ArchitectureReview"]),
        .library(name: "ArchitectureImport", targets: ["ArchitectureImport"]),
        .library(name: "ArchitectureSimulation", targets: ["ArchitectureSimulation"]),
        .library(name: "ArchitectureDiagrams", targets: ["ArchitectureDiagrams"]),
        .library(name: "ArchitectureAssessment", targets: ["ArchitectureAssessment"]),
        .library(name: "ArchitectureReport", targets: ["ArchitectureReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The one text and JSON writer, number formatter and escaping of every output: a leaf.
        .target(name: "ArchitectureOutput"),
        .target(name: "ArchitectureModel", dependencies: ["ArchitectureOutput"]),
        // Loading composes libyaml's events itself: `import CYaml`, the C library the Yams product builds.
        .target(
            name: "ArchitectureLoading",
            dependencies: ["ArchitectureModel", "ArchitectureOutput", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ArchitectureAnalysis", dependencies: ["ArchitectureModel", "ArchitectureOutput"]),
        // Loading: a review configuration is YAML read with the model's own located diagnostics.
        .target(
            name: "ArchitectureReview",
            dependencies: ["ArchitectureModel", "ArchitectureLoading", "ArchitectureAnalysis", "ArchitectureOutput"]
        ),
        .target(
            name: "ArchitectureImport",
            dependencies: [
                "ArchitectureModel", "ArchitectureLoading", "ArchitectureOutput",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Operations config from a model: Kubernetes, Istio, SLO rules, OpenTelemetry, Grafana,
        // OpenAPI, AsyncAPI (`architect generate`). Not a product: its API is the project's own.
        .target(
            name: "ArchitectureGenerators",
            dependencies: [
                "ArchitectureModel", "ArchitectureAnalysis", "ArchitectureOutput",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "ArchitectureSimulation",
            dependencies: [
                "ArchitectureModel",
                "ArchitectureAnalysis",
                "ArchitectureOutput",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // Resources: the vendored mermaid.min.js (see its NOTICE), which the HTML report inlines.
        .target(
            name: "ArchitectureDiagrams",
            dependencies: ["ArchitectureModel", "ArchitectureAnalysis", "ArchitectureOutput"],
            resources: [.copy("Resources/mermaid.min.js"), .copy("Resources/mermaid.NOTICE.md")]
        ),
        // One model's graph, analyses, review and risks, computed once: what every shell starts from.
        .target(
            name: "ArchitectureAssessment",
            dependencies: [
                "ArchitectureModel", "ArchitectureAnalysis", "ArchitectureReview", "ArchitectureDiagrams",
                "ArchitectureSimulation", "ArchitectureOutput",
            ]
        ),
        .target(
            name: "ArchitectureReport",
            dependencies: [
                "ArchitectureModel", "ArchitectureLoading", "ArchitectureAnalysis", "ArchitectureReview",
                "ArchitectureDiagrams", "ArchitectureGenerators", "ArchitectureSimulation", "ArchitectureAssessment",
                "ArchitectureOutput",
            ]
        ),
        .target(
            name: "ArchitectMCP",
            dependencies: [
                "ArchitectureModel",
                "ArchitectureLoading",
                "ArchitectureAnalysis",
                "ArchitectureReview",
                "ArchitectureImport",
                "ArchitectureGenerators",
                "ArchitectureSimulation",
                "ArchitectureDiagrams",
                "ArchitectureAssessment",
                "ArchitectureOutput",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedDocuments"]
        ),
        // Compiles docs/model-format.md and Examples/*.yaml into ArchitectMCP (its resources).
        .plugin(name: "EmbedDocuments", capability: .buildTool(), dependencies: ["embed-documents"]),
        .executableTarget(name: "embed-documents"),
        .target(
            name: "ArchitectCLI",
            dependencies: [
                "ArchitectureModel",
                "ArchitectureLoading",
                "ArchitectureAnalysis",
                "ArchitectureReview",
                "ArchitectureImport",
                "ArchitectureGenerators",
                "ArchitectureSimulation",
                "ArchitectureDiagrams",
                "ArchitectureReport",
                "ArchitectureAssessment",
                "ArchitectMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "architect", dependencies: ["ArchitectCLI"]),
        .target(name: "ArchitectTestSupport", dependencies: ["ArchitectureModel", "ArchitectureLoading"]),
        .testTarget(name: "ArchitectureOutputTests", dependencies: ["ArchitectureOutput", "ArchitectTestSupport"]),
        .testTarget(name: "ArchitectureModelTests", dependencies: ["ArchitectureModel", "ArchitectTestSupport"]),
        .testTarget(
            name: "ArchitectureLoadingTests",
            dependencies: ["ArchitectureLoading", "ArchitectureModel", "ArchitectTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ArchitectureAnalysisTests",
            dependencies: ["ArchitectureAnalysis", "ArchitectureModel", "ArchitectureLoading", "ArchitectTestSupport"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "ArchitectureReviewTests",
            dependencies: [
                "ArchitectureReview", "ArchitectureAnalysis", "ArchitectureLoading", "ArchitectureModel",
                "ArchitectTestSupport",
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "ArchitectureImportTests",
            dependencies: ["ArchitectureImport", "ArchitectureLoading", "ArchitectureModel", "ArchitectTestSupport"]
        ),
        .testTarget(
            name: "ArchitectureGeneratorsTests",
            dependencies: [
                "ArchitectureGenerators", "ArchitectureModel", "ArchitectureLoading", "ArchitectTestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["__Snapshots__", "Validators"]
        ),
        .testTarget(
            name: "ArchitectureSimulationTests",
            dependencies: [
                "ArchitectureSimulation", "ArchitectureAnalysis", "ArchitectureModel", "ArchitectureLoading",
                "ArchitectTestSupport",
            ]
        ),
        .testTarget(name: "ArchitectMCPTests", dependencies: ["ArchitectMCP", "ArchitectTestSupport"]),
        .testTarget(
            name: "ArchitectureDiagramsTests",
            dependencies: [
                "ArchitectureDiagrams", "ArchitectureAnalysis", "ArchitectureModel", "ArchitectureLoading",
                "ArchitectTestSupport",
            ],
            exclude: ["Validators", "Fixtures", "__Snapshots__"]
        ),
        .testTarget(
            name: "ArchitectureReportTests",
            dependencies: [
                "ArchitectureReport", "ArchitectureAssessment", "ArchitectureReview", "ArchitectureAnalysis",
                "ArchitectureLoading", "ArchitectureModel", "ArchitectureGenerators", "ArchitectureSimulation",
                "ArchitectTestSupport",
            ],
            exclude: ["__Snapshots__", "Validators"]
        ),
        .testTarget(
            name: "ArchitectCLITests",
            dependencies: ["ArchitectCLI", "ArchitectTestSupport"],
            exclude: ["Fixtures", "__Snapshots__", "MCPClient"]
        ),
    ]
)

// One settings list for every target: Swift 6 mode, warnings are errors, explicit imports.
for target in package.targets where target.type != .plugin {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .treatAllWarnings(as: .error),
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
        ]
}
