package import ArchitectureModel

/// An OpenTelemetry Collector configuration (OTLP in; memory limiter, tail sampling and batch; OTLP out
/// to an endpoint given as a parameter) and, per workload, the standard SDK environment variables.
/// Tail sampling keeps every trace with an error, every trace slower than its workflow's p99 target,
/// and a random share of the rest; SDKs sample everything so the Collector sees whole traces.
package struct OpenTelemetryGenerator: ArtifactGenerator {
    package static let target = "otel"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        var generation = Generation(
            files: [GeneratedFile(path: "otel/collector.yaml", contents: YAMLRendering.render(collector(model)))]
        )
        for service in model.services where service.kind != .external {
            generation.files.append(
                GeneratedFile(path: "otel/\(service.name).env", contents: environment(service, model))
            )
        }
        if configuration.isDefault(\.exporterEndpoint) {
            generation.placeholders.append(
                "otel: the Collector exports to $OTLP_EXPORTER_ENDPOINT, set it in the Collector's environment (--exporter-endpoint)"
            )
        }
        if configuration.isDefault(\.collectorEndpoint) {
            generation.placeholders.append(
                "otel: services send to \(configuration.collectorEndpoint) (--collector-endpoint)"
            )
        }
        return generation
    }

    func collector(_ model: SystemModel) -> JSONValue {
        let pipeline = { (processors: [JSONValue]) -> JSONValue in
            ["receivers": ["otlp"], "processors": .array(processors), "exporters": ["otlp"]]
        }
        return [
            "receivers": [
                "otlp": [
                    "protocols": ["grpc": ["endpoint": "0.0.0.0:4317"], "http": ["endpoint": "0.0.0.0:4318"]]
                ]
            ],
            "processors": [
                "memory_limiter": ["check_interval": "1s", "limit_percentage": 80, "spike_limit_percentage": 25],
                "tail_sampling": [
                    "decision_wait": .string(decisionWait(model).description),
                    "policies": .array(policies(model)),
                ],
                "batch": [:],
            ],
            "exporters": ["otlp": ["endpoint": .string(configuration.exporterEndpoint)]],
            "service": [
                "pipelines": [
                    "traces": pipeline(["memory_limiter", "tail_sampling", "batch"]),
                    "metrics": pipeline(["memory_limiter", "batch"]),
                    "logs": pipeline(["memory_limiter", "batch"]),
                ]
            ],
        ]
    }

    /// Spans of a trace arrive until its slowest request ends: wait twice the largest latency target,
    /// at least the Collector's customary 10s.
    func decisionWait(_ model: SystemModel) -> TimeSpan {
        let slowest = model.workflows.compactMap(\.latencyP99).max() ?? TimeSpan(seconds: 0)
        return TimeSpan(seconds: max(10, (2 * slowest.seconds).rounded(.up)))
    }

    /// Errors, then one latency policy per workflow (a trace through its entry slower than its p99
    /// target), then the random share. Policies are alternatives: a trace any of them keeps is kept.
    func policies(_ model: SystemModel) -> [JSONValue] {
        let errors: JSONValue = [
            "name": "errors", "type": "status_code", "status_code": ["status_codes": ["ERROR"]],
        ]
        let slow = model.workflows.compactMap { workflow -> JSONValue? in
            guard let target = workflow.latencyP99 else { return nil }
            return [
                "name": .string("slow-\(workflow.name)"), "type": "and",
                "and": [
                    "and_sub_policy": [
                        [
                            "name": .string("through-\(workflow.entry)"), "type": "string_attribute",
                            "string_attribute": ["key": "service.name", "values": [.string(workflow.entry)]],
                        ],
                        [
                            "name": .string("over-\(target)"), "type": "latency",
                            "latency": ["threshold_ms": .int(Int(target.milliseconds.rounded(.up)))],
                        ],
                    ]
                ],
            ]
        }
        let baseline: JSONValue = [
            "name": "baseline", "type": "probabilistic",
            "probabilistic": ["sampling_percentage": .number(configuration.samplingPercent)],
        ]
        return [errors] + slow + [baseline]
    }

    /// Standard `OTEL_*` variables (OpenTelemetry SDK configuration spec), one `KEY=value` per line.
    func environment(_ service: Service, _ model: SystemModel) -> String {
        let namespace = configuration.namespace(of: model)
        let variables: [(String, String)] = [
            ("OTEL_SERVICE_NAME", service.name),
            ("OTEL_RESOURCE_ATTRIBUTES", "service.namespace=\(namespace),k8s.namespace.name=\(namespace)"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", configuration.collectorEndpoint),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_PROPAGATORS", "tracecontext,baggage"),
            ("OTEL_TRACES_SAMPLER", "parentbased_always_on"),
            ("OTEL_TRACES_EXPORTER", service.tracing ? "otlp" : "none"),
            ("OTEL_METRICS_EXPORTER", service.metrics ? "otlp" : "none"),
            ("OTEL_LOGS_EXPORTER", "otlp"),
        ]
        let header = [
            "# \(service.name): OpenTelemetry SDK environment generated by architect from the model.",
            "# Traces are sampled in the Collector (tail sampling), so the SDK keeps every span.",
        ]
        return (header + variables.map { "\($0.0)=\($0.1)" }).joined(separator: "\n") + "\n"
    }
}
