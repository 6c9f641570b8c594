import ArchitectureAnalysis
import ArchitectureModel
import Foundation

/// The model compiled to integer tables the engine reads in its hot loop: components, calls (and
/// datastore operations as calls that cannot time out), the stages each service runs per workflow,
/// topics and their subscribers. Built once per model; scenarios do not change it.
struct SimulationPlan {
    /// What the hot loop reads about a component: plain values only, so reading one copies no references.
    struct Station {
        var replicas: Int
        var concurrency: Int
        /// Mean service time in seconds; 0 = no service time, the component adds no time and no queue.
        var serviceTime: Double
        /// Lognormal shape when `service_time_p99` is given, else nil (exponential).
        var sigma: Double?
        var healthChecked: Bool
        var maxInFlight: Int?
        var maxQueue: Int?
        var rateLimit: Double?
        var outbox: Bool
    }

    /// One call a service makes (or one datastore operation, which has no timeout, retries or breaker).
    struct CallPlan {
        var callee: Int
        var timeout: Double
        var retries: Retries
        var breaker: CircuitBreaker?
        var soft: Bool
        var perRequest: Double
    }

    /// Calls `stageCalls[start..<end]`, made concurrently.
    struct Stage {
        var start: Int32
        var end: Int32
    }

    var stations: [Station] = []
    var names: [String] = []
    var types: [ComponentTable.ComponentType] = []
    /// Zone index of each replica of each component; empty for an external service.
    var replicaZones: [[Int]] = []
    var calls: [CallPlan] = []
    var stages: [Stage] = []
    var stageCalls: [Int32] = []
    /// Stages of service s in context c: `stages[stageRanges[c * serviceCount + s]]`. Contexts are the
    /// workflows (their call graphs) and, last, the message context in which a service makes every call.
    var stageRanges: [Range<Int32>] = []
    var serviceCount = 0
    var messageContext = 0
    /// Topic lists a job publishes when it ends: list s is service s's `publishes`; the others are
    /// subscriptions' long forms.
    var publishLists: [[Int]] = []
    var topicBroker: [Int] = []
    /// Per topic: (subscriber service, publish list its handling of a message uses).
    var subscribers: [[(service: Int, publishList: Int)]] = []
    var zoneNames: [String] = []
    /// Entry service of each workflow.
    var workflowEntries: [Int] = []

    init(_ modelGraph: ModelGraph) {
        let model = modelGraph.model
        let table = modelGraph.table
        let graph = modelGraph.calls
        let index = modelGraph.index
        zoneNames = model.zones.names
        serviceCount = table.serviceCount
        let zonePosition = Dictionary(model.zones.names.enumerated().map { ($1, $0) }) { first, _ in first }
        for (position, component) in table.components.enumerated() {
            let service = position < table.serviceCount ? model.services[position] : nil
            let zones = component.placement.zones.map { zonePosition[$0] ?? 0 }
            let serviceTime = component.serving.serviceTime?.seconds ?? 0
            names.append(component.name)
            types.append(component.type)
            replicaZones.append(zones.isEmpty ? [] : (0..<component.placement.replicas).map { zones[$0 % zones.count] })
            stations.append(
                Station(
                    replicas: component.placement.replicas,
                    concurrency: component.serving.concurrency,
                    serviceTime: serviceTime,
                    sigma: component.serving.serviceTimeP99.flatMap {
                        Lognormal.sigma(p99: $0.seconds, mean: serviceTime)
                    },
                    // Datastores and brokers are always health-checked: their clients skip down replicas.
                    healthChecked: service.map { $0.health != nil } ?? true,
                    maxInFlight: component.serving.maxInFlight,
                    maxQueue: component.serving.maxQueue,
                    rateLimit: service?.rateLimit,
                    outbox: service?.outbox ?? false
                )
            )
        }

        // Calls in declared order, then one datastore operation per (service, datastore it uses).
        var callIDs: [[Int]] = []
        for service in model.services {
            callIDs.append(
                service.calls.map { call in
                    calls.append(
                        CallPlan(
                            callee: table.index(of: call.to) ?? 0,
                            timeout: call.timeout?.seconds ?? .infinity,
                            retries: call.retries,
                            breaker: call.circuitBreaker,
                            soft: !call.isHard,
                            perRequest: call.perRequest
                        )
                    )
                    return calls.count - 1
                }
            )
        }
        var storeOperations: [[Int]] = []
        for service in model.services {
            storeOperations.append(
                service.uses.compactMap { name in
                    guard let store = table.index(of: name), let position = index.datastores[name] else { return nil }
                    calls.append(
                        CallPlan(
                            callee: store,
                            timeout: .infinity,
                            retries: Retries(),
                            breaker: nil,
                            soft: model.datastores[position].isSoftDependency,
                            perRequest: 1
                        )
                    )
                    return calls.count - 1
                }
            )
        }

        messageContext = model.workflows.count
        workflowEntries = model.workflows.map { table.index(of: $0.entry) ?? 0 }
        let contexts: [[Int: [CallGraph.Edge]]] =
            modelGraph.workflowGraphs.map { $0?.outgoingByCaller ?? [:] }
            + [Dictionary(uniqueKeysWithValues: graph.outgoing.enumerated().map { ($0, $1) })]
        for outgoing in contexts {
            for service in 0..<serviceCount {
                let start = Int32(stages.count)
                for operation in storeOperations[service] { appendStage([operation]) }
                let edges = outgoing[service] ?? []
                let declared = model.services[service].calls
                var grouped: Set<String> = []
                for edge in edges {
                    guard let label = declared[edge.call].parallel else {
                        appendStage([callIDs[service][edge.call]])
                        continue
                    }
                    // A parallel group runs where its first call is declared.
                    guard grouped.insert(label).inserted else { continue }
                    appendStage(edges.filter { declared[$0.call].parallel == label }.map { callIDs[service][$0.call] })
                }
                stageRanges.append(start..<Int32(stages.count))
            }
        }

        publishLists = model.services.map { $0.publishes.compactMap { index.topics[$0] } }
        topicBroker = model.topics.map { table.index(of: $0.broker) ?? 0 }
        subscribers = Array(repeating: [], count: model.topics.count)
        for (position, service) in model.services.enumerated() {
            for subscription in service.subscribes {
                guard let topic = index.topics[subscription.topic] else { continue }
                publishLists.append(subscription.publishes.compactMap { index.topics[$0] })
                subscribers[topic].append((position, publishLists.count - 1))
            }
        }
    }

    private mutating func appendStage(_ ids: [Int]) {
        let start = Int32(stageCalls.count)
        stageCalls += ids.map(Int32.init)
        stages.append(Stage(start: start, end: Int32(stageCalls.count)))
    }
}
