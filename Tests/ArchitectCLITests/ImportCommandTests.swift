import ArchitectTestSupport
import Foundation
import Testing

/// Runs `architect import` and `architect drift` as a user would.
@Suite struct ImportCommandTests {
    static let compose = """
        services:
          web:
            image: example/web
            ports: ["80:8080"]
            environment: [API_URL=http://api:9000]
            depends_on: [api]
          api:
            image: example/api
            environment: [DATABASE_URL=postgres://app@db:5432/app]
          db:
            image: postgres:16
        """

    @Test func importWritesAModelThatChecksAndAnEvidenceReport() throws {
        let directory = try TemporaryDirectory()
        try directory.write("shop/docker-compose.yml", Self.compose)
        let result = try Architect.run(
            ["import", "compose", "shop/docker-compose.yml", "-o", "model.yaml", "--evidence", "evidence.json"],
            in: directory.url
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let check = try Architect.run(["check", "model.yaml"], in: directory.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("model.yaml: valid, 2 services, 1 datastore"))
        let model = try String(contentsOfFile: directory.path("model.yaml"), encoding: .utf8)
        #expect(model.contains("  name: shop\n"))
        #expect(model.contains("# high: shop/docker-compose.yml:5: env API_URL=http://api:9000\n      - {to: api}"))
        let data = try Data(contentsOf: URL(fileURLWithPath: directory.path("evidence.json")))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let links = try #require(report["links"] as? [[String: Any]])
        #expect(
            links.map { "\($0["from"] ?? "") \($0["relation"] ?? "") \($0["to"] ?? "")" } == [
                "web call api", "api uses db",
            ]
        )
        let starts = try #require(report["start_order"] as? [[String: Any]])
        #expect(starts.count == 1)
    }

    @Test func driftExitsOneOnDriftAndZeroWithout() throws {
        let directory = try TemporaryDirectory()
        try directory.write("docker-compose.yml", Self.compose)
        let imported = try Architect.run(
            ["import", "compose", "docker-compose.yml", "-o", "model.yaml"],
            in: directory.url
        )
        #expect(imported.status == 0)
        let clean = try Architect.run(["drift", "model.yaml", "docker-compose.yml"], in: directory.url)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout == "no drift\n")

        try directory.write(
            "docker-compose.yml",
            Self.compose.replacingOccurrences(
                of: "API_URL=http://api:9000",
                with: "API_URL=http://api:9000, DB=db:5432"
            )
        )
        let drifted = try Architect.run(
            ["drift", "--format", "json", "model.yaml", "docker-compose.yml"],
            in: directory.url
        )
        #expect(drifted.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(drifted.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { $0["subject"] as? String } == ["web -> db"])
        #expect(findings.map { $0["kind"] as? String } == ["undeclared-call"])
    }

    @Test func unreadableSourceExitsTwo() throws {
        let result = try Architect.run(["import", "traces", "missing.json"], in: RepositoryPaths.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("missing.json: cannot read"))
    }
}
