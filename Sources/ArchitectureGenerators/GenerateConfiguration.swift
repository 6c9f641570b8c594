package import ArchitectureModel
import Foundation

/// What the model does not say but the generated files need: images, ports, namespaces, where telemetry
/// goes. Every default is a placeholder; generators list the ones still in use so the user fills them in.
package struct GenerateConfiguration: Sendable, Hashable {
    /// Container image per service; `{service}` is replaced by the service name.
    package var imageTemplate = "REGISTRY/{service}:TAG"
    /// The port every service listens on (container and Service port).
    package var port = 8080
    /// CPU request per container; the HPA's utilization target is a fraction of it.
    package var cpuRequest = "250m"
    /// Kubernetes namespace; nil = the system name.
    package var namespace: String?
    /// Namespace of the ingress controller that may reach exposed services.
    package var ingressNamespace = "ingress-nginx"
    /// SPIFFE principal of the Istio ingress gateway, allowed to call exposed services.
    package var ingressPrincipal = "cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account"
    /// Istio trust domain, the first part of every workload principal.
    package var trustDomain = "cluster.local"
    /// Cloud zone name per model zone, for `topology.kubernetes.io/zone`; unmapped zones keep their name.
    package var zoneNames: [String: String] = [:]
    /// The SLO compliance window.
    package var sloWindow = TimeSpan(seconds: 30 * 86_400)
    /// Multi-window, multi-burn-rate alerts; nil = the SRE workbook table scaled to `sloWindow`.
    package var burnRateAlerts: [BurnRateAlert]?
    /// PromQL for a workflow's failed requests over `{{.window}}`; `{entry}` and `{workflow}` are replaced.
    package var sliErrorQuery =
        #"sum(rate(istio_requests_total{reporter="destination",destination_workload="{entry}",response_code=~"5.."}[{{.window}}]))"#
    /// PromQL for all of a workflow's requests over `{{.window}}`.
    package var sliTotalQuery =
        #"sum(rate(istio_requests_total{reporter="destination",destination_workload="{entry}"}[{{.window}}]))"#
    /// Traces kept at random besides the erroneous and slow ones, in percent.
    package var samplingPercent = 10.0
    /// OTLP endpoint the Collector exports to.
    package var exporterEndpoint = "${env:OTLP_EXPORTER_ENDPOINT}"
    /// OTLP endpoint of the Collector, as the services' SDKs see it.
    package var collectorEndpoint = "http://otel-collector:4317"

    package init() {}

    package func namespace(of model: SystemModel) -> String { namespace ?? model.system.name }

    package func image(of service: String) -> String {
        imageTemplate.replacingOccurrences(of: "{service}", with: service)
    }

    package func zoneName(_ zone: String) -> String { zoneNames[zone] ?? zone }

    package var alerts: [BurnRateAlert] { burnRateAlerts ?? BurnRateAlert.workbook(window: sloWindow) }

    /// The same text from every target that uses the port, so `all` lists it once.
    package var portPlaceholder: String? {
        isDefault(\.port) ? "port \(port) for every service, in Services, probes and server URLs (--port)" : nil
    }

    /// Whether a setting still has its placeholder default.
    package func isDefault<Value: Equatable>(_ setting: KeyPath<GenerateConfiguration, Value>) -> Bool {
        self[keyPath: setting] == GenerateConfiguration()[keyPath: setting]
    }
}
