import Foundation

/// Reads Zipkin v2 JSON, Jaeger JSON (UI export or API) and OTLP JSON into spans.
enum TraceDecoder {
    enum Format: String {
        case zipkin = "Zipkin v2"
        case jaeger = "Jaeger"
        case otlp = "OTLP"
    }

    static func decode(_ data: Data, file: String) throws(ImportError) -> (Format, [TraceSpan]) {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalidJSON(path: file, reason: (error as NSError).localizedDescription)
        }
        if let list = json as? [Any] {
            // Zipkin: a list of spans, or the API's list of traces (lists of spans).
            let spans = list.flatMap { ($0 as? [Any]) ?? [$0] }.compactMap { $0 as? [String: Any] }
            guard spans.allSatisfy({ $0["traceId"] != nil && $0["id"] != nil }) else {
                throw .unknownTraceFormat(path: file)
            }
            return (.zipkin, spans.map(zipkin))
        }
        guard let object = json as? [String: Any] else { throw .unknownTraceFormat(path: file) }
        if let traces = object["data"] as? [[String: Any]] {
            return (.jaeger, traces.flatMap(jaeger))
        }
        if let resources = object["resourceSpans"] as? [[String: Any]] {
            return (.otlp, resources.flatMap(otlp))
        }
        if object["traceID"] != nil, object["spans"] != nil {
            return (.jaeger, jaeger(object))
        }
        throw .unknownTraceFormat(path: file)
    }

    private static func zipkin(_ span: [String: Any]) -> TraceSpan {
        let local = span["localEndpoint"] as? [String: Any]
        let remote = span["remoteEndpoint"] as? [String: Any]
        return TraceSpan(
            traceID: string(span["traceId"]) ?? "",
            id: string(span["id"]) ?? "",
            parentID: string(span["parentId"]),
            kind: (span["kind"] as? String).flatMap { TraceSpan.Kind(rawValue: $0.lowercased()) },
            name: string(span["name"]) ?? "",
            timestamp: number(span["timestamp"]),
            duration: number(span["duration"]),
            service: string(local?["serviceName"]).flatMap(nonEmpty),
            remoteService: string(remote?["serviceName"]).flatMap(nonEmpty),
            shared: span["shared"] as? Bool ?? false,
            tags: (span["tags"] as? [String: Any])?.compactMapValues(string) ?? [:]
        )
    }

    private static func jaeger(_ trace: [String: Any]) -> [TraceSpan] {
        let processes = trace["processes"] as? [String: [String: Any]] ?? [:]
        return (trace["spans"] as? [[String: Any]] ?? []).map { span in
            var tags: [String: String] = [:]
            for tag in span["tags"] as? [[String: Any]] ?? [] {
                if let key = tag["key"] as? String, let value = string(tag["value"]) { tags[key] = value }
            }
            let references = span["references"] as? [[String: Any]] ?? []
            let parent =
                references.first { ($0["refType"] as? String) == "CHILD_OF" } ?? references.first
            let process = processes[string(span["processID"]) ?? ""] ?? span["process"] as? [String: Any]
            return TraceSpan(
                traceID: string(span["traceID"]) ?? string(trace["traceID"]) ?? "",
                id: string(span["spanID"]) ?? "",
                parentID: string(parent?["spanID"]) ?? string(span["parentSpanID"]).flatMap(nonZero),
                kind: tags["span.kind"].flatMap { TraceSpan.Kind(rawValue: $0.lowercased()) },
                name: string(span["operationName"]) ?? "",
                timestamp: number(span["startTime"]),
                duration: number(span["duration"]),
                service: string(process?["serviceName"]).flatMap(nonEmpty),
                remoteService: remoteName(tags),
                shared: false,
                tags: tags
            )
        }
    }

    private static func otlp(_ resource: [String: Any]) -> [TraceSpan] {
        let resourceAttributes = attributes((resource["resource"] as? [String: Any])?["attributes"])
        let scopes = (resource["scopeSpans"] ?? resource["instrumentationLibrarySpans"]) as? [[String: Any]] ?? []
        return scopes.flatMap { scope in
            (scope["spans"] as? [[String: Any]] ?? []).map { span in
                let tags = attributes(span["attributes"])
                let start = number(span["startTimeUnixNano"])
                let end = number(span["endTimeUnixNano"])
                let kinds: [String: TraceSpan.Kind] = [
                    "2": .server, "3": .client, "4": .producer, "5": .consumer, "SPAN_KIND_SERVER": .server,
                    "SPAN_KIND_CLIENT": .client, "SPAN_KIND_PRODUCER": .producer, "SPAN_KIND_CONSUMER": .consumer,
                ]
                return TraceSpan(
                    traceID: string(span["traceId"]) ?? "",
                    id: string(span["spanId"]) ?? "",
                    parentID: string(span["parentSpanId"]).flatMap(nonEmpty),
                    kind: string(span["kind"]).flatMap { kinds[$0] },
                    name: string(span["name"]) ?? "",
                    timestamp: start.map { $0 / 1000 },
                    duration: start.flatMap { start in end.map { ($0 - start) / 1000 } },
                    service: resourceAttributes["service.name"].flatMap(nonEmpty),
                    remoteService: remoteName(tags),
                    shared: false,
                    tags: tags
                )
            }
        }
    }

    /// The peer a span names: `peer.service`, else a database or messaging system's address.
    private static func remoteName(_ tags: [String: String]) -> String? {
        if let peer = tags["peer.service"], !peer.isEmpty { return peer }
        if tags["db.system"] != nil || tags["db.type"] != nil {
            return tags["db.name"] ?? tags["db.instance"] ?? tags["server.address"] ?? tags["db.system"]
                ?? tags["db.type"]
        }
        if let system = tags["messaging.system"] { return tags["server.address"] ?? system }
        return tags["server.address"] ?? tags["net.peer.name"]
    }

    private static func attributes(_ value: Any?) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in value as? [[String: Any]] ?? [] {
            guard let key = attribute["key"] as? String, let wrapped = attribute["value"] as? [String: Any] else {
                continue
            }
            result[key] = wrapped.values.lazy.compactMap(string).first
        }
        return result
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
    private static func nonZero(_ text: String) -> String? { text.allSatisfy { $0 == "0" } ? nil : text }
}
