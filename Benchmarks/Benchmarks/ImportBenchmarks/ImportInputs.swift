import Foundation

/// Writes the benchmark inputs once into a temporary folder: 100 traces of 20 spans (a chain of nine
/// B3 shared-span calls over 30 services, plus a local span), and 125 apps of four manifests each
/// (Deployment, Service, ConfigMap, HorizontalPodAutoscaler) that call one another.
struct ImportInputs {
    var traces: String
    var manifests: String

    static func make() -> ImportInputs {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("architect-import-benchmarks")
        let manifests = root.appendingPathComponent("k8s")
        try? FileManager.default.createDirectory(at: manifests, withIntermediateDirectories: true)
        var spans: [String] = []
        for trace in 0..<100 {
            let traceID = String(format: "%016x", trace + 1)
            let root = String(format: "%016x", trace * 1000 + 1)
            spans.append(span(traceID, id: root, parent: nil, kind: "SERVER", service: 0, start: 0, duration: 50_000))
            var parent = root
            var caller = 0
            for call in 1..<10 {
                let id = String(format: "%016x", trace * 1000 + call * 2)
                let callee = (caller + 1 + (trace * 7 + call * 13) % 29) % 30
                spans.append(
                    span(
                        traceID,
                        id: id,
                        parent: parent,
                        kind: "CLIENT",
                        service: caller,
                        start: call * 100,
                        duration: 4_000
                    )
                )
                spans.append(
                    span(
                        traceID,
                        id: id,
                        parent: parent,
                        kind: "SERVER",
                        service: callee,
                        start: call * 100 + 50,
                        duration: 3_000
                    )
                )
                parent = id
                caller = callee
            }
            let local = String(format: "%016x", trace * 1000 + 999)
            spans.append(span(traceID, id: local, parent: root, kind: nil, service: 0, start: 100, duration: 10))
        }
        let traces = root.appendingPathComponent("traces-2000.json")
        try? Data("[\(spans.joined(separator: ",\n"))]".utf8).write(to: traces)
        for app in 0..<125 {
            let files = [
                "deployment": """
                kind: Deployment
                metadata: {name: app-\(app)}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: app-\(app)}}
                    spec:
                      containers:
                        - name: server
                          image: example/app-\(app):1.0
                          readinessProbe: {httpGet: {path: /ready, port: 8080}}
                          envFrom: [{configMapRef: {name: app-\(app)-config}}]
                          env: [{name: NEXT_ADDR, value: "app-\((app + 1) % 125):8080"}]
                """,
                "service":
                    "kind: Service\nmetadata: {name: app-\(app)}\nspec: {selector: {app: app-\(app)}, ports: [{name: http, port: 8080}]}\n",
                "config":
                    "kind: ConfigMap\nmetadata: {name: app-\(app)-config}\ndata: {PEER_URL: \"http://app-\((app + 7) % 125):8080/v1\"}\n",
                "hpa":
                    "kind: HorizontalPodAutoscaler\nmetadata: {name: app-\(app)}\nspec: {scaleTargetRef: {name: app-\(app)}, minReplicas: 2, maxReplicas: 10}\n",
            ]
            for (kind, text) in files {
                try? Data(text.utf8).write(to: manifests.appendingPathComponent("app-\(app)-\(kind).yaml"))
            }
        }
        return ImportInputs(traces: traces.path, manifests: manifests.path)
    }

    private static func span(
        _ traceID: String,
        id: String,
        parent: String?,
        kind: String?,
        service: Int,
        start: Int,
        duration: Int
    ) -> String {
        var fields = ["\"traceId\": \"\(traceID)\"", "\"id\": \"\(id)\"", "\"name\": \"call\""]
        if let parent { fields.append("\"parentId\": \"\(parent)\"") }
        if let kind { fields.append("\"kind\": \"\(kind)\"") }
        if kind == "SERVER", parent != nil { fields.append("\"shared\": true") }
        fields += [
            "\"timestamp\": \(1_000_000 + start)", "\"duration\": \(duration)",
            "\"localEndpoint\": {\"serviceName\": \"svc-\(service)\"}",
        ]
        return "{\(fields.joined(separator: ", "))}"
    }
}
