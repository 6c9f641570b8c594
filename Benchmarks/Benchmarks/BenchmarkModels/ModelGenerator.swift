/// Writes the YAML text of a large, valid architecture model, the same text for the same parameters.
///
/// - Services are `svc-0000`, `svc-0001`, … Calls go only from a lower to a higher index, so the call
///   graph is a DAG. Each call has `to`, `protocol`, `timeout` and `retries`; some add the long forms.
/// - About one service in five owns a datastore (`svc-0002-db`) and lists it in `uses`; a few shared
///   caches have no owner.
/// - Topics live on three brokers; each is published by a service that handles synchronous requests
///   (a callee or a workflow entry) and consumed by one to three subscribers.
/// - Zones `a`, `b`, `c` by default; with more zones (up to 20, named `a`, `b`, …) each component sits
///   in one to three neighbouring zones, so the zone sets vary as they do across regions. Workflows start at low-index services, and their declared shares stay at or
///   below 100%.
public struct ModelGenerator: Sendable {
    public var services: Int
    public var calls: Int
    public var workflows: Int
    public var zones: Int
    /// Another seed gives another model of the same size and shape.
    public var seed: UInt64

    public init(services: Int, calls: Int, workflows: Int, zones: Int = 3, seed: UInt64 = 0x5EED_A4C1) {
        precondition(services >= 2, "a model needs at least two services to have calls")
        precondition(calls <= services * (services - 1) / 2, "more calls than distinct lower-to-higher pairs")
        precondition(workflows <= services, "each workflow needs its own entry service")
        precondition((3...20).contains(zones), "the generator writes 3 to 20 zones")
        self.services = services
        self.calls = calls
        self.workflows = workflows
        self.zones = zones
        self.seed = seed
    }

    /// The model as YAML text.
    public func makeYAML() -> String {
        var random = SplitMix64(seed: seed)
        var plan = Plan(services: services)
        planEntries(&plan)
        planCalls(&plan, &random)
        planDatastores(&plan, &random)
        planTopics(&plan, &random)

        var out = ""
        out.reserveCapacity(services * 1_100 + calls * 90)
        writeHeader(into: &out)
        out += "services:\n"
        for index in 0..<services {
            writeService(index, plan, &random, into: &out)
        }
        writeDatastores(plan, &random, into: &out)
        writeBrokersAndTopics(plan, into: &out)
        writeWorkflows(plan, &random, into: &out)
        writeTail(into: &out)
        return out
    }

    // MARK: - Planning

    /// Everything decided before writing, so references always point at something that exists.
    private struct Plan {
        var callees: [[Int]]
        var handlesRequests: [Bool]
        var entries: [Int] = []
        var ownedStore: [Int?]
        var sharedCaches = 0
        var cacheUsers: [[Int]]
        var topics = 0
        var publishes: [[Int]]
        var subscribes: [[(topic: Int, publishes: Int?)]]

        init(services: Int) {
            callees = Array(repeating: [], count: services)
            handlesRequests = Array(repeating: false, count: services)
            ownedStore = Array(repeating: nil, count: services)
            cacheUsers = Array(repeating: [], count: services)
            publishes = Array(repeating: [], count: services)
            subscribes = Array(repeating: [], count: services)
        }
    }

    /// Workflow entries are spread over the lowest fifth of the services, so each reaches a large DAG.
    private func planEntries(_ plan: inout Plan) {
        guard workflows > 0 else { return }
        let step = max(1, min(services / 5, services) / workflows)
        for workflow in 0..<workflows {
            let entry = min(workflow * step, services - 1)
            plan.entries.append(entry)
            plan.handlesRequests[entry] = true
        }
    }

    /// Spreads the calls evenly over the callers, each picking distinct callees above itself: mostly
    /// near neighbours (layers of a system), sometimes anything above (shared platform services).
    private func planCalls(_ plan: inout Plan, _ random: inout SplitMix64) {
        let callers = services - 1
        var quota = (0..<callers).map { index in
            min(services - 1 - index, calls / callers + (index < calls % callers ? 1 : 0))
        }
        var missing = calls - quota.reduce(0, +)
        var index = 0
        while missing > 0 {
            if quota[index] < services - 1 - index {
                quota[index] += 1
                missing -= 1
            }
            index = (index + 1) % callers
        }
        for caller in 0..<callers where quota[caller] > 0 {
            let above = services - 1 - caller
            var chosen: Set<Int> = []
            var ordered: [Int] = []
            while ordered.count < quota[caller] {
                let near = min(above, max(64, 4 * quota[caller]))
                let offset = random.below(10) < 8 ? random.below(near) : random.below(above)
                let callee = caller + 1 + offset
                if chosen.insert(callee).inserted {
                    ordered.append(callee)
                    plan.handlesRequests[callee] = true
                }
            }
            plan.callees[caller] = ordered
        }
    }

    /// One service in five owns a datastore; a few shared caches have no owner and many users.
    private func planDatastores(_ plan: inout Plan, _ random: inout SplitMix64) {
        for index in 0..<services where index % 5 == 2 && !isExternal(index) {
            plan.ownedStore[index] = index
        }
        plan.sharedCaches = max(1, services / 500)
        for index in 0..<services where !isExternal(index) && random.below(8) == 0 {
            plan.cacheUsers[index] = [random.below(plan.sharedCaches)]
        }
    }

    /// One topic per twenty services; a publisher that handles synchronous requests, and subscribers.
    private func planTopics(_ plan: inout Plan, _ random: inout SplitMix64) {
        let publishers = (0..<services).filter { plan.handlesRequests[$0] && !isExternal($0) }
        guard !publishers.isEmpty else { return }
        plan.topics = max(1, services / 20)
        // Events flow downstream, as in most systems: topics are numbered in the order of their
        // publishers, and a topic's subscribers sit above its publisher. Every message chain then
        // moves up the service numbers, so no chain can come back to a topic it passed.
        let chosen = (0..<plan.topics).map { _ in publishers[random.below(publishers.count)] }.sorted()
        for (topic, publisher) in chosen.enumerated() {
            plan.publishes[publisher].append(topic)
            let above = services - 1 - publisher
            guard above > 0 else { continue }
            for _ in 0..<(1 + random.below(3)) {
                let subscriber = publisher + 1 + random.below(above)
                guard !isExternal(subscriber), !plan.subscribes[subscriber].contains(where: { $0.topic == topic })
                else {
                    continue
                }
                // Handling some messages publishes a later topic: chains of events, never back to this topic.
                let next =
                    topic + 1 < plan.topics && random.below(4) == 0
                    ? topic + 1 + random.below(plan.topics - topic - 1) : nil
                plan.subscribes[subscriber].append((topic, next))
            }
        }
    }

    /// A few leaf services are third parties: they sit in no zone.
    private func isExternal(_ index: Int) -> Bool { index % 97 == 96 }

    // MARK: - Names

    private var width: Int { max(4, String(services - 1).count) }

    private func service(_ index: Int) -> String { "svc-" + padded(index, width) }
    private func store(_ index: Int) -> String { service(index) + "-db" }
    private func cache(_ index: Int) -> String { "cache-" + padded(index, 2) }
    private func topic(_ index: Int) -> String { "topic-" + padded(index, 3) }
    private func broker(_ index: Int) -> String { "events-\(index)" }
    private func workflow(_ index: Int) -> String { "flow-" + padded(index, 3) }

    private func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let zoneSets = ["[a]", "[a, b]", "[a, b, c]", "[b, c]", "[a, b, c]"]
    private static let zoneLetters = "abcdefghijklmnopqrst".map(String.init)

    private var zoneNames: [String] { Array(Self.zoneLetters.prefix(zones)) }

    /// Three zones keep the historical sets (and so the same text); more give a run of one to three
    /// neighbouring zones from a random start.
    private func zoneSet(_ random: inout SplitMix64) -> String {
        guard zones > 3 else { return Self.zoneSets[random.below(Self.zoneSets.count)] }
        let count = [1, 2, 3, 2, 3][random.below(5)]
        let start = random.below(zones)
        return "[" + (0..<count).map { zoneNames[(start + $0) % zones] }.joined(separator: ", ") + "]"
    }
    private static let protocols = ["http", "grpc", "grpc", "graphql"]
    private static let teams = ["checkout", "catalog", "platform", "payments", "search", "identity", "growth"]
    private static let auths = ["mtls", "jwt", "oauth2", "apikey", "none"]

    // MARK: - Writing

    private func writeHeader(into out: inout String) {
        out += """
            # Generated by ModelGenerator: \(services) services, \(calls) calls, \(workflows) workflows.
            architect: 1
            system:
              name: generated-\(services)
              description: A synthetic system for load benchmarks
              requirements:
                peak_rps: 20000
                growth: 5
                availability: 99.9%
                latency_p99: 800ms
                budget_monthly: 5000000
                compliance: [gdpr]
                data_residency: [eu]
            zones:
              names: [\(zoneNames.joined(separator: ", "))]
              availability: 99.99%

            """
    }

    private func writeService(_ index: Int, _ plan: Plan, _ random: inout SplitMix64, into out: inout String) {
        let name = service(index)
        let external = isExternal(index)
        let isEntry = plan.entries.contains(index)
        out += "  \(name):\n"
        let kind =
            external
            ? "external" : isEntry ? (index % 2 == 0 ? "gateway" : "frontend") : index % 11 == 0 ? "worker" : "service"
        out += "    kind: \(kind)\n"
        if index % 10 == 0 { out += "    label: \"Service \(index) (generated)\"\n" }
        out += "    description: Generated service number \(index)\n"
        out += "    team: \(Self.teams[index % Self.teams.count])\n"
        out += "    context: context-\(index / 50)\n"
        let replicas = 1 + random.below(6)
        out += "    replicas: \(replicas)\n"
        if !external {
            out += "    zones: \(zoneSet(&random))\n"
            if random.below(4) == 0 {
                out +=
                    "    autoscale: {min: \(replicas), max: \(replicas * 3), target_utilization: \(50 + random.below(30))%}\n"
            }
        }
        let serviceTime = 1 + random.below(20)
        out += "    service_time: \(serviceTime)ms\n"
        if random.below(2) == 0 { out += "    service_time_p99: \(serviceTime * (3 + random.below(3)))ms\n" }
        out += "    concurrency: \(1 + random.below(64))\n"
        out += "    cost_per_replica: \(20 + random.below(200))\n"
        out += "    auth: \(Self.auths[random.below(Self.auths.count)])\n"
        if isEntry { out += "    rate_limit: \(1000 + random.below(9000))\n" }
        if !external {
            out += "    health: {liveness: /healthz, readiness: /ready}\n"
            out += "    tracing: \(random.below(4) != 0)\n"
            out += "    metrics: true\n"
        }
        var uses: [String] = []
        if plan.ownedStore[index] != nil { uses.append(store(index)) }
        uses += plan.cacheUsers[index].map(cache)
        if !uses.isEmpty { out += "    uses: [\(uses.joined(separator: ", "))]\n" }
        if !plan.publishes[index].isEmpty {
            out += "    publishes: [\(plan.publishes[index].map(topic).joined(separator: ", "))]\n"
            if plan.ownedStore[index] != nil { out += "    outbox: true\n" }
        }
        if !plan.subscribes[index].isEmpty {
            out += "    subscribes:\n"
            for subscription in plan.subscribes[index] {
                if let next = subscription.publishes {
                    out += "      - {topic: \(topic(subscription.topic)), publishes: [\(topic(next))]}\n"
                } else {
                    out += "      - \(topic(subscription.topic))\n"
                }
            }
        }
        if index % 3 == 0 {
            out += "    endpoints:\n"
            out += "      - {method: GET, path: /v1/\(name)}\n"
            out += "      - {method: POST, path: /v1/\(name)}\n"
        }
        let callees = plan.callees[index]
        guard !callees.isEmpty else { return }
        out += "    calls:\n"
        for (position, callee) in callees.enumerated() {
            writeCall(to: callee, position: position, blockStyle: index % 2 == 0, &random, into: &out)
        }
    }

    /// Half the services write calls as block mappings, half as flow mappings, as hand-written models do.
    private func writeCall(
        to callee: Int,
        position: Int,
        blockStyle: Bool,
        _ random: inout SplitMix64,
        into out: inout String
    ) {
        var fields: [(String, String)] = [
            ("to", service(callee)),
            ("protocol", Self.protocols[random.below(Self.protocols.count)]),
            ("timeout", "\(50 + 10 * random.below(196))ms"),
        ]
        switch random.below(6) {
        case 0:
            fields.append(
                (
                    "retries",
                    "{max: \(1 + random.below(3)), backoff: exponential, base: \(10 + random.below(90))ms, jitter: true, budget: 10%}"
                )
            )
            fields.append(("idempotent", "true"))
        default:
            fields.append(("retries", "\(random.below(3))"))
        }
        if random.below(3) == 0 {
            fields.append(
                ("circuit_breaker", random.below(2) == 0 ? "true" : "{failure_rate: 40%, min_calls: 10, open_for: 15s}")
            )
        }
        if random.below(5) == 0 { fields.append(("fallback", ["cached", "default", "degrade"][random.below(3)])) }
        if random.below(8) == 0 { fields.append(("per_request", random.below(2) == 0 ? "2" : "0.5")) }
        if random.below(6) == 0 { fields.append(("parallel", "group-\(position % 3)")) }
        if blockStyle {
            for (offset, field) in fields.enumerated() {
                out += offset == 0 ? "      - " : "        "
                out += "\(field.0): \(field.1)\n"
            }
        } else {
            out += "      - {" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}\n"
        }
    }

    private func writeDatastores(_ plan: Plan, _ random: inout SplitMix64, into out: inout String) {
        let kinds = ["postgres", "mysql", "mongodb", "cassandra", "dynamodb", "elasticsearch"]
        out += "datastores:\n"
        for index in 0..<services {
            guard let owner = plan.ownedStore[index] else { continue }
            out += "  \(store(index)):\n"
            out += "    kind: \(kinds[random.below(kinds.count)])\n"
            out += "    owner: \(service(owner))\n"
            out += "    replicas: \(1 + random.below(3))\n"
            out += "    zones: \(zoneSet(&random))\n"
            out += "    instance_availability: 99.9%\n"
            out += "    service_time: \(1 + random.below(5))ms\n"
            out += "    concurrency: \(10 + random.below(90))\n"
            out += "    replication: \(["sync", "async", "none"][random.below(3)])\n"
            if random.below(4) == 0 { out += "    sharding: {key: customer_id, shards: \(2 + random.below(15))}\n" }
            out += "    backup: {rpo: 5m, rto: 30m}\n"
            out += "    encrypted: true\n"
            if random.below(3) == 0 { out += "    contains: [pii]\n" }
            out += "    cost_per_replica: \(50 + random.below(400))\n"
        }
        for index in 0..<plan.sharedCaches {
            out += "  \(cache(index)):\n"
            out += "    kind: \(index % 2 == 0 ? "redis" : "memcached")\n"
            out += "    role: cache\n"
            out += "    replicas: 3\n"
            out += "    zones: [a, b, c]\n"
            out += "    service_time: 200us\n"
            out += "    concurrency: 200\n"
        }
    }

    private func writeBrokersAndTopics(_ plan: Plan, into out: inout String) {
        guard plan.topics > 0 else { return }
        let kinds = ["kafka", "rabbitmq", "nats"]
        out += "brokers:\n"
        for index in 0..<3 {
            out += "  \(broker(index)):\n"
            out += "    kind: \(kinds[index])\n"
            out += "    replicas: 3\n"
            out += "    zones: [a, b, c]\n"
            out += "    instance_availability: 99.9%\n"
        }
        out += "topics:\n"
        for index in 0..<plan.topics {
            out += "  \(topic(index)):\n"
            out += "    broker: \(broker(index % 3))\n"
            out += "    partitions: \(1 + index % 24)\n"
            out += "    delivery: \(["at-least-once", "at-most-once", "exactly-once"][index % 3])\n"
            out += "    dead_letter: \(index % 2 == 0)\n"
            out += "    ordering: \(["none", "per-key", "total"][index % 3])\n"
            out += "    retention: \(1 + index % 7)d\n"
        }
    }

    /// Three workflows in four declare a share (together at most 100%); the rest split what is left.
    private func writeWorkflows(_ plan: Plan, _ random: inout SplitMix64, into out: inout String) {
        guard !plan.entries.isEmpty else { return }
        let declaredCount = (workflows * 3 + 3) / 4
        let share = Double(9_000 / max(1, declaredCount)) / 100  // percent with two decimals, sum <= 90%
        out += "workflows:\n"
        for (index, entry) in plan.entries.enumerated() {
            out += "  \(workflow(index)):\n"
            out += "    description: Generated user journey \(index)\n"
            out += "    entry: \(service(entry))\n"
            if index % 4 != 3 { out += "    share: \(share)%\n" }
            if index % 5 == 0 { out += "    availability: 99.5%\n" }
            if index % 7 == 0 { out += "    latency_p99: \(500 + 100 * random.below(10))ms\n" }
            // Some workflows name their steps: a path along declared calls from the entry.
            if index % 3 == 0, !plan.callees[entry].isEmpty {
                out += "    steps:\n"
                var caller = entry
                for _ in 0..<4 {
                    let next = plan.callees[caller]
                    guard !next.isEmpty else { break }
                    let callee = next[random.below(next.count)]
                    out += "      - \(service(caller)) -> \(service(callee))\n"
                    caller = callee
                }
            }
            if index % 10 == 0, plan.callees[entry].count >= 2 {
                let first = plan.callees[entry][0]
                let second = plan.callees[entry][1]
                out += """
                        saga:
                          coordination: orchestrated
                          orchestrator: \(service(entry))
                          steps:
                            - {name: reserve, service: \(service(first)), compensation: release}
                            - {name: charge, service: \(service(second)), compensation: refund, pivot: true}
                            - {name: confirm, service: \(service(entry)), retriable: true}

                    """
            }
        }
    }

    private func writeTail(into out: inout String) {
        out += """
            decisions:
              - id: 1
                title: Generated decision
                status: accepted
                context: A synthetic model needs one of each section.
                decision: Keep it.
                consequences: None.
            scenarios:
              zone-a-down:
                duration: 120s
                faults:
                  - {type: zone-outage, zone: a, at: 30s, for: 60s}
                  - {type: crash, target: \(service(0)), replicas: 1, at: 0s}

            """
    }
}

/// SplitMix64 (Steele, Lea and Flood): a small, fast, seeded generator with a fixed output sequence,
/// so the generated model is the same on every machine and toolchain.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; the tiny modulo bias does not matter for a benchmark input.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }
}
