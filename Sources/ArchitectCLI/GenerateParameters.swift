import ArchitectureGenerators
import ArchitectureLoading
import ArchitectureModel
import ArgumentParser

/// The facts a model leaves out that generated configuration needs; every default is a placeholder.
struct GenerateParameters: ParsableArguments {
    @Option(help: "Container image per service; {service} is replaced by its name.")
    var imageTemplate = GenerateConfiguration().imageTemplate

    @Option(help: "The port every service listens on.")
    var port = GenerateConfiguration().port

    @Option(help: "CPU request per container, the base of the autoscaler's utilization target.")
    var cpuRequest = GenerateConfiguration().cpuRequest

    @Option(help: "Kubernetes namespace (default: the system name).")
    var namespace: String?

    @Option(help: "Namespace of the ingress controller that reaches exposed services.")
    var ingressNamespace = GenerateConfiguration().ingressNamespace

    @Option(help: "Istio principal of the ingress gateway, allowed to call exposed services.")
    var ingressPrincipal = GenerateConfiguration().ingressPrincipal

    @Option(name: .customLong("zone"), help: "Cloud zone of a model zone, as NAME=CLOUD-ZONE (repeatable).")
    var zones: [ZoneMapping] = []

    @Option(help: "SLO compliance window, a duration such as 30d or 28d.")
    var sloWindow = SpanArgument(TimeSpan(seconds: 30 * 86_400))

    @Option(
        name: .customLong("burn-rate"),
        help: "Replace the alert table: SEVERITY:LONG:SHORT:FACTOR, such as page:1h:5m:14.4 (repeatable)."
    )
    var burnRates: [BurnRateArgument] = []

    @Option(help: "PromQL for a workflow's failed requests; {entry}, {workflow} and {{.window}} are replaced.")
    var sliErrorQuery = GenerateConfiguration().sliErrorQuery

    @Option(help: "PromQL for all of a workflow's requests; {entry}, {workflow} and {{.window}} are replaced.")
    var sliTotalQuery = GenerateConfiguration().sliTotalQuery

    @Option(help: "Percent of ordinary traces the Collector keeps besides erroneous and slow ones.")
    var samplingPercent = GenerateConfiguration().samplingPercent

    @Option(help: "OTLP endpoint the Collector exports to.")
    var exporterEndpoint = GenerateConfiguration().exporterEndpoint

    @Option(help: "OTLP endpoint of the Collector as the services see it.")
    var collectorEndpoint = GenerateConfiguration().collectorEndpoint

    var configuration: GenerateConfiguration {
        var configuration = GenerateConfiguration()
        configuration.imageTemplate = imageTemplate
        configuration.port = port
        configuration.cpuRequest = cpuRequest
        configuration.namespace = namespace
        configuration.ingressNamespace = ingressNamespace
        configuration.ingressPrincipal = ingressPrincipal
        configuration.zoneNames = Dictionary(zones.map { ($0.zone, $0.cloudZone) }) { _, last in last }
        configuration.sloWindow = sloWindow.span
        configuration.burnRateAlerts = burnRates.isEmpty ? nil : burnRates.map(\.alert)
        configuration.sliErrorQuery = sliErrorQuery
        configuration.sliTotalQuery = sliTotalQuery
        configuration.samplingPercent = samplingPercent
        configuration.exporterEndpoint = exporterEndpoint
        configuration.collectorEndpoint = collectorEndpoint
        return configuration
    }
}

struct ZoneMapping: ExpressibleByArgument {
    var zone: String
    var cloudZone: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        zone = parts[0]
        cloudZone = parts[1]
    }
}

/// A duration argument in the model's syntax (`30d`, `1h`, `250ms`).
struct SpanArgument: ExpressibleByArgument {
    var span: TimeSpan

    init(_ span: TimeSpan) { self.span = span }

    init?(argument: String) {
        guard let span = try? ScalarSyntax.duration(argument).get() else { return nil }
        self.span = span
    }

    var defaultValueDescription: String { span.description }
}

/// `SEVERITY:LONG:SHORT:FACTOR`, one row of the burn-rate alert table.
struct BurnRateArgument: ExpressibleByArgument {
    var alert: BurnRateAlert

    init?(argument: String) {
        let parts = argument.split(separator: ":").map(String.init)
        guard parts.count == 4, let long = try? ScalarSyntax.duration(parts[1]).get(),
            let short = try? ScalarSyntax.duration(parts[2]).get(),
            let factor = Double(parts[3]), factor > 0, !parts[0].isEmpty
        else { return nil }
        alert = BurnRateAlert(severity: parts[0], longWindow: long, shortWindow: short, factor: factor)
    }
}
