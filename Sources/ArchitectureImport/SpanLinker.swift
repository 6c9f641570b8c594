import ArchitectureModel
import Foundation

/// Links the spans of one file.
struct SpanLinker {
    let spans: [TraceSpan]
    let file: String
    var system = ImportedSystem()
    /// Span indices by trace and id; a shared id holds both the client and the server span.
    private var byID: [String: [Int]] = [:]
    private var children: [Int: [Int]] = [:]

    func childIndices(_ index: Int) -> [Int] { children[index] ?? [] }
    private var parents: [Int?]
    /// Span-id pairs behind each link, turned into one evidence entry per link at the end.
    private var linkSpans: [LinkKey: [String]] = [:]
    private var linkOrder: [LinkKey] = []

    struct LinkKey: Hashable {
        var from: String
        var to: String
        var kind: ImportedLink.Kind
        var confidence: Confidence
    }

    init(spans: [TraceSpan], file: String) {
        self.spans = spans
        self.file = file
        parents = Array(repeating: nil, count: spans.count)
        for (index, span) in spans.enumerated() { byID[span.traceID + "/" + span.id, default: []].append(index) }
        for index in spans.indices {
            parents[index] = findParent(index)
            if let parent = parents[index] { children[parent, default: []].append(index) }
        }
    }

    /// A shared server span's parent is the client with its id; otherwise the span named by
    /// parentId, preferring the server side of a shared id (that is where local children hang).
    private func findParent(_ index: Int) -> Int? {
        let span = spans[index]
        if span.kind == .server {
            let sameID = byID[span.traceID + "/" + span.id] ?? []
            if let client = sameID.first(where: { $0 != index && spans[$0].kind == .client }) { return client }
        }
        guard let parentID = span.parentID, parentID != span.id,
            let candidates = byID[span.traceID + "/" + parentID]
        else { return nil }
        return candidates.first { spans[$0].kind == .server || spans[$0].shared } ?? candidates.first
    }

    /// The nearest ancestor with a kind: the span that made the remote call leading here.
    private func remoteAncestor(_ index: Int) -> Int? {
        var current = parents[index]
        var steps = 0
        while let ancestor = current, steps < spans.count {
            if spans[ancestor].kind != nil { return ancestor }
            current = parents[ancestor]
            steps += 1
        }
        return nil
    }

    mutating func link() {
        var answered = Set<Int>()
        var requests: [String: Int] = [:]
        var callCounts: [LinkKey: Int] = [:]
        var services: [String] = []
        func addService(_ name: String?) {
            guard let name, !services.contains(name) else { return }
            services.append(name)
        }
        for span in spans { addService(span.service) }
        for service in services {
            system.add(
                ImportedComponent(
                    name: ImportNames.slug(service),
                    label: ImportNames.label(service),
                    role: .service(.service),
                    evidence: [Evidence(source: file, detail: "spans of service `\(service)`")]
                )
            )
        }
        for (index, span) in spans.enumerated() where span.kind == .server || span.kind == .consumer {
            guard let service = span.service else { continue }
            requests[service, default: 0] += 1
            guard span.kind == .server else { continue }
            let ancestor = remoteAncestor(index)
            if let ancestor, spans[ancestor].kind == .client { answered.insert(ancestor) }
            guard let caller = ancestor.flatMap({ spans[$0].service }) ?? span.remoteService, caller != service else {
                continue
            }
            let direct = ancestor.map { spans[$0].kind == .client && parents[index] == $0 } ?? false
            let key = LinkKey(
                from: ImportNames.slug(caller),
                to: ImportNames.slug(service),
                kind: .call(Call.CallProtocol(rawValue: span.callProtocol) ?? .http),
                confidence: direct ? .high : .medium
            )
            record(key, "\(ancestor.map { spans[$0].id } ?? "remote") -> \(span.id)")
            callCounts[key, default: 0] += 1
        }
        linkUninstrumented(answered: answered)
        linkMessaging()
        for key in linkOrder {
            let pairs = linkSpans[key] ?? []
            let sample = pairs.prefix(3).joined(separator: ", ")
            let detail = "\(pairs.count) span\(pairs.count == 1 ? "" : "s"): \(sample)\(pairs.count > 3 ? ", ..." : "")"
            var perRequest: Double?
            if case .call = key.kind, let count = callCounts[key],
                let handled = requests.first(where: { ImportNames.slug($0.key) == key.from })?.value, handled > 0
            {
                perRequest = (Double(count) / Double(handled) * 100).rounded() / 100
            }
            system.add(
                ImportedLink(
                    from: key.from,
                    to: key.to,
                    kind: key.kind,
                    confidence: key.confidence,
                    perRequest: perRequest.map { max(0.01, $0) },
                    evidence: [Evidence(source: file, detail: detail)]
                )
            )
        }
        measureSelfTime()
        findWorkflows()
    }

    private mutating func record(_ key: LinkKey, _ spanIDs: String) {
        if linkSpans[key] == nil { linkOrder.append(key) }
        if linkSpans[key]?.contains(spanIDs) != true { linkSpans[key, default: []].append(spanIDs) }
    }

    /// Client spans no server answers: a call to an uninstrumented service or a datastore when the
    /// span names its remote endpoint, otherwise an unresolved call reported as unknown.
    private mutating func linkUninstrumented(answered: Set<Int>) {
        var unresolved: [String: Int] = [:]
        for (index, span) in spans.enumerated() where span.kind == .client && !answered.contains(index) {
            guard let service = span.service else { continue }
            if (children[index] ?? []).contains(where: { spans[$0].kind == .server }) { continue }
            guard let remote = span.remoteService else {
                unresolved[service, default: 0] += 1
                continue
            }
            let name = ImportNames.slug(remote)
            guard name != ImportNames.slug(service) else { continue }
            if system.component(named: name) == nil {
                let recognition = ComponentCatalog.recognise(name: remote, image: nil)
                let role: ImportedComponent.Role
                switch recognition.role {
                case .datastore, .broker: role = recognition.role
                default:
                    let system = span.tags["db.system"] ?? span.tags["db.type"]
                    let kind = system.flatMap { Datastore.Kind(rawValue: $0) } ?? .other
                    role = span.isDatabase ? .datastore(kind) : .service(.external)
                }
                self.system.add(
                    ImportedComponent(
                        name: name,
                        label: ImportNames.label(remote),
                        role: role,
                        roleConfidence: .medium,
                        remarks: ["seen only as the remote end of client spans (not instrumented)"],
                        evidence: [Evidence(source: file, detail: "remote endpoint `\(remote)` of span \(span.id)")]
                    )
                )
            }
            record(
                LinkKey(
                    from: ImportNames.slug(service),
                    to: name,
                    kind: .call(Call.CallProtocol(rawValue: span.callProtocol) ?? .http),
                    confidence: .high
                ),
                "\(span.id) -> \(remote)"
            )
        }
        for (service, count) in unresolved.sorted(by: { $0.key < $1.key }) {
            system.note(
                .info,
                "\(service) makes \(count) client call\(count == 1 ? "" : "s") that no span answers and no remote endpoint names; the callee is unknown",
                evidence: [Evidence(source: file, detail: "client spans of \(service)")]
            )
        }
    }

    /// Producer and consumer spans: a consumer linked to a producer (its parent, or a sibling under the
    /// same parent id) gives the pair a topic; a destination tag names it.
    private mutating func linkMessaging() {
        var consumedProducers = Set<Int>()
        var producersByParent: [String: [Int]] = [:]
        for (index, span) in spans.enumerated() where span.kind == .producer {
            if let parentID = span.parentID {
                producersByParent[span.traceID + "/" + parentID, default: []].append(index)
            }
        }
        for (index, span) in spans.enumerated() where span.kind == .consumer {
            guard let consumer = span.service else { continue }
            let broker = addBroker(for: span)
            var producers: [Int] = []
            if let parent = parents[index], spans[parent].kind == .producer {
                producers = [parent]
            } else if let parentID = span.parentID {
                producers = producersByParent[span.traceID + "/" + parentID] ?? []
            }
            let destination = span.destination ?? producers.compactMap { spans[$0].destination }.first
            guard let topic = destination ?? producers.first.flatMap({ spans[$0].service }).map({ "\($0)-messages" })
            else {
                system.note(
                    .info,
                    "\(consumer) consumes from \(broker) in span \(span.id), but neither a destination tag nor a producer span says what",
                    evidence: [Evidence(source: file, detail: "span \(span.id)")]
                )
                continue
            }
            let topicName = addTopic(topic, broker: broker, named: destination != nil)
            record(
                LinkKey(from: ImportNames.slug(consumer), to: topicName, kind: .subscribes, confidence: .high),
                span.id
            )
            for producer in producers {
                consumedProducers.insert(producer)
                addPublish(producer, topic: topicName, confidence: parents[index] == producer ? .high : .medium)
            }
        }
        for (index, span) in spans.enumerated() where span.kind == .producer && !consumedProducers.contains(index) {
            let broker = addBroker(for: span)
            guard let destination = span.destination else {
                system.note(
                    .info,
                    "\(span.service ?? "a service") publishes to \(broker) in span \(span.id) without naming a destination, and no consumer span is linked",
                    evidence: [Evidence(source: file, detail: "span \(span.id)")]
                )
                continue
            }
            addPublish(index, topic: addTopic(destination, broker: broker, named: true), confidence: .high)
        }
    }

    private mutating func addPublish(_ producer: Int, topic: String, confidence: Confidence) {
        guard let service = spans[producer].service else { return }
        // Publishing while handling a consumed message is the subscription's long form.
        var whileHandling: String?
        if let ancestor = remoteAncestor(producer), spans[ancestor].kind == .consumer,
            spans[ancestor].service == service, let consumed = spans[ancestor].destination
        {
            whileHandling = topicNames[consumed]
        }
        record(
            LinkKey(
                from: ImportNames.slug(service),
                to: topic,
                kind: .publishes(whileHandling: whileHandling),
                confidence: confidence
            ),
            spans[producer].id
        )
    }

    private var topicNames: [String: String] = [:]

    private mutating func addBroker(for span: TraceSpan) -> String {
        let remote = span.remoteService ?? span.tags["messaging.system"] ?? "broker"
        let name = ImportNames.slug(remote)
        if system.component(named: name) == nil {
            var kind = Broker.Kind.other
            if case .broker(let recognised) = ComponentCatalog.recognise(name: remote, image: nil).role {
                kind = recognised
            }
            if span.tags.keys.contains(where: { $0.hasPrefix("kafka.") }) { kind = .kafka }
            if span.tags.keys.contains(where: { $0.hasPrefix("rabbit") }) { kind = .rabbitmq }
            system.add(
                ImportedComponent(
                    name: name,
                    label: ImportNames.label(remote),
                    role: .broker(kind),
                    roleConfidence: .medium,
                    remarks: ["seen only as the remote end of producer and consumer spans"],
                    evidence: [Evidence(source: file, detail: "remote endpoint `\(remote)` of span \(span.id)")]
                )
            )
        }
        return name
    }

    /// The topic's model name; a name taken by a service or store gets a `-topic` suffix.
    private mutating func addTopic(_ topic: String, broker: String, named: Bool) -> String {
        if let existing = topicNames[topic] { return existing }
        var name = ImportNames.slug(topic)
        if let taken = system.component(named: name), taken.role != .topic(broker: broker) { name += "-topic" }
        topicNames[topic] = name
        system.add(
            ImportedComponent(
                name: name,
                label: named
                    ? ImportNames.label(topic)
                    : "messages from \(topic.dropLast("-messages".count)) (no destination tag)",
                role: .topic(broker: broker),
                remarks: named ? [] : ["the spans name no destination; rename this topic"],
                evidence: [
                    Evidence(
                        source: file,
                        detail: named ? "destination `\(topic)`" : "linked producer and consumer spans"
                    )
                ]
            )
        )
        return name
    }
}
