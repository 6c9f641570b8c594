import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureLoading
import ArchitectureModel
import Foundation
import Testing
import Yams

/// Loads example models, writes generations to unique temporary directories, and reads YAML back.
enum GeneratedFixture {
    static func example(_ name: String = "shop.yaml") throws -> SystemModel {
        let result = try ModelLoader.load(contentsOf: RepositoryPaths.examples.appendingPathComponent(name).path)
        return try #require(result.model, "\(name) does not load")
    }

    static func generate<Generator: ArtifactGenerator>(
        _ generator: Generator.Type,
        _ model: SystemModel,
        configuration: GenerateConfiguration = GenerateConfiguration()
    ) -> Generation {
        Generator(configuration: configuration).generate(model)
    }

    /// Writes every file under a fresh directory (unique per call, as /tmp is shared) and returns the paths.
    static func write(_ generation: Generation) throws -> (directory: URL, files: [URL]) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("architect-generate-\(UUID().uuidString)")
        var files: [URL] = []
        for file in generation.files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        return (directory, files)
    }

    /// Every YAML document of the generation's files, as plain dictionaries.
    static func documents(_ generation: Generation, under folder: String = "") throws -> [[String: Any]] {
        try generation.files.filter { $0.path.hasPrefix(folder) && $0.path.hasSuffix(".yaml") }.flatMap { file in
            try Yams.load_all(yaml: file.contents).compactMap { $0 as? [String: Any] }
        }
    }

    static func string(_ document: [String: Any], _ path: String...) -> String? {
        value(document, path) as? String
    }

    static func value(_ document: [String: Any], _ path: [String]) -> Any? {
        var current: Any? = document
        for key in path { current = (current as? [String: Any])?[key] }
        return current
    }
}
