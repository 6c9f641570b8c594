package import ArchitectureModel

/// The workloads of a model as a cluster sees them, shared by the Kubernetes and Istio generators so
/// both derive the same callers, labels and identities from the call graph.
package struct ServiceTopology: Sendable {
    /// The label every generated object carries and every selector matches on.
    package static let nameLabel = "app.kubernetes.io/name"

    /// One declared call between two workloads.
    package struct Caller: Sendable {
        package var service: Service
        package var call: Call
        /// Position in the caller's `calls`, for the YAML path in comments.
        package var index: Int
    }

    package let model: SystemModel
    package let namespace: String
    /// Services that run in the cluster: every service except external ones.
    package let workloads: [Service]

    package init(_ model: SystemModel, configuration: GenerateConfiguration) {
        self.model = model
        namespace = configuration.namespace(of: model)
        workloads = model.services.filter { $0.kind != .external }
    }

    /// Declared calls to `service` from workloads, in declaration order.
    package func calls(to service: String) -> [Caller] {
        workloads.flatMap { caller in
            caller.calls.enumerated().filter { $0.element.to == service }.map {
                Caller(service: caller, call: $0.element, index: $0.offset)
            }
        }
    }

    /// The distinct workloads that call `service`: the least-privilege allow list.
    package func callers(of service: String) -> [Caller] {
        var seen: Set<String> = []
        return calls(to: service).filter { seen.insert($0.service.name).inserted }
    }

    package func labels(of service: Service) -> JSONValue {
        [Self.nameLabel: .string(service.name), "app.kubernetes.io/part-of": .string(model.system.name)]
    }

    package func selector(of service: Service) -> JSONValue { [Self.nameLabel: .string(service.name)] }

    package func metadata(_ name: String, of service: Service) -> JSONValue {
        ["name": .string(name), "namespace": .string(namespace), "labels": labels(of: service)]
    }

    /// The in-cluster DNS name of a service.
    package func host(of service: String) -> String { "\(service).\(namespace).svc.cluster.local" }

    /// The SPIFFE identity Istio gives a workload through its ServiceAccount (named after the service).
    package func principal(of service: String, trustDomain: String) -> String {
        "\(trustDomain)/ns/\(namespace)/sa/\(service)"
    }

    /// gRPC when every declared caller speaks gRPC, else HTTP; names the port so Istio picks the protocol.
    package func inboundProtocol(of service: Service) -> Call.CallProtocol {
        let protocols = Set(calls(to: service.name).map(\.call.callProtocol))
        return protocols == [.grpc] ? .grpc : .http
    }
}
