import ArchitectTestSupport
import ArchitectureLoading
import Foundation
import Testing

/// The schema is checked by an independent implementation: Python's `jsonschema` validates it against
/// the draft 2020-12 meta-schema and validates the examples (and broken models) against it.
@Suite struct JSONSchemaWriterTests {
    static let pythonReady = ExternalTools.pythonModulesAvailable(["jsonschema", "yaml"])

    /// Loads YAML keeping dates as text (as the model format does) and prints one line per document.
    static let validator = """
        import json, sys, yaml, jsonschema
        class Loader(yaml.SafeLoader): pass
        Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                          for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(yaml.load(open(path), Loader=Loader)), key=lambda e: list(e.path))
            print(path, 'OK' if not errors else 'FAIL ' + '; '.join(f"{list(e.path)}: {e.message}" for e in errors[:3]))
        """

    private func validate(_ models: [String: String]) throws -> [String: String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "architect-schema-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("schema.json")
        try JSONSchemaWriter.write().write(to: schema, atomically: true, encoding: .utf8)
        var paths: [String] = []
        for (name, text) in models {
            let path = directory.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let result = ExternalTools.run("python3", ["-c", Self.validator, schema.path] + paths)
        try #require(result.status == 0, "python3 failed: \(result.stderr)")
        var verdicts: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            verdicts[URL(fileURLWithPath: parts[0]).lastPathComponent] = parts.count > 1 ? parts[1] : ""
        }
        return verdicts
    }

    @Test(.enabled(if: pythonReady, "needs python3 with jsonschema and PyYAML: pip install jsonschema pyyaml"))
    func examplesValidateAgainstTheSchema() throws {
        var models: [String: String] = [:]
        for url in RepositoryPaths.exampleModels() {
            models[url.lastPathComponent] = try String(contentsOf: url, encoding: .utf8)
        }
        let verdicts = try validate(models)
        #expect(verdicts.count == models.count)
        for (name, verdict) in verdicts {
            #expect(verdict == "OK", "\(name): \(verdict)")
        }
    }

    @Test(.enabled(if: pythonReady, "needs python3 with jsonschema and PyYAML: pip install jsonschema pyyaml"))
    func schemaRejectsWhatTheLoaderRejects() throws {
        let header = "architect: 1\nsystem: {name: s}\n"
        let broken = [
            "unknown-field.yaml": header + "services: {a: {replica: 2}}\n",
            "bad-duration.yaml": header + "services: {a: {service_time: 250}}\n",
            "bad-ratio.yaml": header + "zones: {availability: 150%}\n",
            "bad-name.yaml": header + "services: {Orders: {}}\n",
            "bad-enum.yaml": header + "services: {a: {kind: lambda}}\n",
            "bad-version.yaml": "architect: 2\nsystem: {name: s}\n",
            "missing-system.yaml": "architect: 1\n",
            "quoted-number.yaml": header + "services: {a: {replicas: \"3\"}}\n",
        ]
        let verdicts = try validate(broken)
        for name in broken.keys {
            #expect(verdicts[name]?.hasPrefix("FAIL") == true, "\(name): \(verdicts[name] ?? "no verdict")")
            let loaded = ModelLoader.load(text: broken[name] ?? "", file: name)
            #expect(loaded.model == nil, "the loader accepted \(name)")
        }
    }

    @Test func schemaDescribesEveryTopLevelField() throws {
        let data = Data(JSONSchemaWriter.write().utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(
            Set(properties.keys)
                == [
                    "architect", "system", "zones", "services", "datastores", "brokers", "topics", "workflows",
                    "decisions", "waivers", "scenarios",
                ]
        )
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let service = try #require(definitions["service"] as? [String: Any])
        #expect(service["additionalProperties"] as? Bool == false)
        let serviceFields = try #require(service["properties"] as? [String: Any])
        #expect(serviceFields.keys.contains("calls"))
        #expect(serviceFields.keys.contains("max_in_flight"))
    }
}

@Suite struct FormatDocumentationTests {
    @Test func topLevelListsTheSections() throws {
        let text = try #require(FormatDocumentation.explain(nil))
        #expect(text.contains("services"))
        #expect(text.contains("scenarios"))
    }

    @Test func pathsObjectsAndFieldNamesResolve() throws {
        let retries = try #require(FormatDocumentation.explain("services.calls.retries"))
        #expect(retries.hasPrefix("services.calls.retries\n"))
        #expect(retries.contains("backoff"))
        let call = try #require(FormatDocumentation.explain("call"))
        #expect(call.hasPrefix("call (services.calls): "))
        let timeout = try #require(FormatDocumentation.explain("timeout"))
        #expect(timeout.contains("services.calls.timeout"))
        #expect(timeout.contains("a duration"))
        let byObject = try #require(FormatDocumentation.explain("call.timeout"))
        #expect(byObject.hasPrefix("services.calls.timeout\n"))
    }

    @Test func unknownTopicsSuggestACloseName() {
        #expect(FormatDocumentation.explain("timout") == nil)
        #expect(FormatDocumentation.unknownTopicMessage("timout").contains("did you mean `timeout`?"))
    }
}
