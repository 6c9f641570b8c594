package import ArchitectureModel

/// OpenAPI 3.1 per service that declares `endpoints`: its paths, path parameters, and the security
/// scheme its `auth` names. The model says nothing about bodies, so every operation documents only a
/// default response, and the servers entry is the in-cluster address.
package struct OpenAPIGenerator: ArtifactGenerator {
    package static let target = "openapi"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        let topology = ServiceTopology(model, configuration: configuration)
        let services = model.services.filter { !$0.endpoints.isEmpty }
        var generation = Generation(
            files: services.map {
                GeneratedFile(path: "openapi/\($0.name).yaml", contents: YAMLRendering.render(document($0, topology)))
            }
        )
        if !services.isEmpty {
            generation.placeholders.append(
                "openapi: request and response bodies are not in the model; each operation has only a default response"
            )
        }
        if !services.isEmpty, let port = configuration.portPlaceholder { generation.placeholders.append(port) }
        if services.contains(where: { $0.auth == .oauth2 }) {
            generation.placeholders.append("openapi: openIdConnectUrl https://issuer.invalid/… of oauth2 services")
        }
        if services.contains(where: { $0.auth == .apikey }) {
            generation.placeholders.append("openapi: API keys are read from the X-API-Key header")
        }
        return generation
    }

    func document(_ service: Service, _ topology: ServiceTopology) -> JSONValue {
        var paths: [(String, JSONValue)] = []
        for endpoint in service.endpoints {
            let operation = operation(endpoint, service)
            if let index = paths.firstIndex(where: { $0.0 == endpoint.path }) {
                paths[index].1 = .object(paths[index].1.objectMembers + [(endpoint.method.lowercased(), operation)])
            } else {
                paths.append((endpoint.path, [endpoint.method.lowercased(): operation]))
            }
        }
        let scheme = securityScheme(service.auth)
        return .members([
            "openapi": "3.1.0",
            "info": .members([
                "title": .string(service.label ?? service.name),
                "version": "0.0.0",
                "description": service.description.map { .string($0) },
            ]),
            "servers": service.kind == .external
                ? nil : [["url": .string("http://\(topology.host(of: service.name)):\(configuration.port)")]],
            "security": scheme.map { _ in [[service.auth?.rawValue ?? "": []]] },
            "paths": .object(paths),
            "components": scheme.map { ["securitySchemes": [service.auth?.rawValue ?? "": $0]] },
        ])
    }

    func operation(_ endpoint: Endpoint, _ service: Service) -> JSONValue {
        let parameters = pathParameters(endpoint.path).map { name -> JSONValue in
            ["name": .string(name), "in": "path", "required": true, "schema": ["type": "string"]]
        }
        return .members([
            "operationId": .string(operationID(endpoint)),
            "parameters": parameters.isEmpty ? nil : .array(parameters),
            "responses": ["default": ["description": "Not described by the architecture model"]],
        ])
    }

    /// `POST /v1/orders/{id}/cancel` → `post-v1-orders-id-cancel`: unique per method and path.
    func operationID(_ endpoint: Endpoint) -> String {
        let words = endpoint.path.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
        return ([endpoint.method.lowercased()] + words).joined(separator: "-")
    }

    func pathParameters(_ path: String) -> [String] {
        path.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }
    }

    func securityScheme(_ auth: Service.Auth?) -> JSONValue? {
        switch auth {
        case .jwt: ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]
        case .apikey: ["type": "apiKey", "in": "header", "name": "X-API-Key"]
        case .mtls: ["type": "mutualTLS"]
        case .oauth2:
            ["type": "openIdConnect", "openIdConnectUrl": "https://issuer.invalid/.well-known/openid-configuration"]
        case .none?, nil: nil
        }
    }
}
