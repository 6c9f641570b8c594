import ArchitectTestSupport
import ArchitectureGenerators
import ArchitectureModel
import Foundation
import Testing

@Suite(.serialized) struct OpenAPIGeneratorTests {
    @Test(
        .enabled(if: ExternalTools.available("openapi-spec-validator"), "pip install openapi-spec-validator"),
        arguments: ["shop.yaml", "food-delivery.yaml", "legacy.yaml"]
    )
    func passesOpenAPISpecValidator(_ example: String) async throws {
        let generation = GeneratedFixture.generate(OpenAPIGenerator.self, try GeneratedFixture.example(example))
        let written = try GeneratedFixture.write(generation)
        defer { try? FileManager.default.removeItem(at: written.directory) }
        guard !written.files.isEmpty else { return }
        let result = await ValidatorQueue.run("openapi-spec-validator", written.files.map(\.path))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.components(separatedBy: ": OK").count - 1 == written.files.count, "\(result.stdout)")
    }

    @Test func pathsParametersAndSecurityFollowTheModel() throws {
        let generation = GeneratedFixture.generate(OpenAPIGenerator.self, try GeneratedFixture.example())
        #expect(generation.files.map(\.path) == ["openapi/gateway.yaml", "openapi/orders.yaml"])
        let orders = try #require(try GeneratedFixture.documents(generation, under: "openapi/orders").first)
        #expect(orders["openapi"] as? String == "3.1.0")
        let paths = try #require(orders["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/v1/orders", "/v1/orders/{id}", "/v1/orders/{id}/cancel"])
        let cancel = try #require(
            GeneratedFixture.value(orders, ["paths", "/v1/orders/{id}/cancel", "post"]) as? [String: Any]
        )
        #expect(cancel["operationId"] as? String == "post-v1-orders-id-cancel")
        let parameter = try #require((cancel["parameters"] as? [[String: Any]])?.first)
        #expect(parameter["name"] as? String == "id" && parameter["required"] as? Bool == true)
        #expect(GeneratedFixture.string(orders, "components", "securitySchemes", "mtls", "type") == "mutualTLS")
        let gateway = try #require(try GeneratedFixture.documents(generation, under: "openapi/gateway").first)
        #expect(GeneratedFixture.string(gateway, "components", "securitySchemes", "jwt", "bearerFormat") == "JWT")
    }
}
