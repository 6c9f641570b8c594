import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectureImport

@Suite struct ImportSourceTests {
    @Test func detectsEachKindOfSource() throws {
        let directory = try TemporaryDirectory()
        let compose = try directory.write("docker-compose.yml", "version: '3'\nservices:\n  web: {image: x/web}\n")
        let manifest = try directory.write("web.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n")
        let zipkin = try directory.write("zipkin.json", "[{\"traceId\": \"1\", \"id\": \"1\"}]")
        let otlp = try directory.write("otlp.json", "{\"resourceSpans\": []}")
        #expect(ImportSource.detect(compose) == .compose(compose))
        #expect(ImportSource.detect(manifest) == .kubernetes(manifest))
        #expect(ImportSource.detect(zipkin) == .traces(zipkin))
        #expect(ImportSource.detect(otlp) == .traces(otlp))
        #expect(ImportSource.detect(directory.url.path) == .kubernetes(directory.url.path))
    }

    @Test func severalSourcesMergeIntoOneSystem() throws {
        let directory = try TemporaryDirectory()
        let compose = try directory.write(
            "docker-compose.yml",
            "services:\n  web: {image: x/web, environment: [API_HOST=api]}\n  api: {image: x/api}\n"
        )
        let traces = try directory.write(
            "traces.json",
            """
            [{"traceId": "t", "id": "1", "kind": "SERVER", "name": "get", "localEndpoint": {"serviceName": "api"}},
             {"traceId": "t", "parentId": "1", "id": "2", "kind": "CLIENT", "name": "get",
              "localEndpoint": {"serviceName": "api"}},
             {"traceId": "t", "parentId": "1", "id": "2", "kind": "SERVER", "name": "get", "shared": true,
              "localEndpoint": {"serviceName": "billing"}}]
            """
        )
        let system = try SystemImporter().importSources([.compose(compose), .traces(traces)])
        #expect(system.components.map(\.name) == ["web", "api", "billing"])
        #expect(system.links.map { "\($0.from) -> \($0.to)" } == ["web -> api", "api -> billing"])
        let api = try #require(system.component(named: "api"))
        #expect(api.evidence.map(\.source) == ["\(compose):3", "traces.json"])
    }
}
