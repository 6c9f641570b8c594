import ArchitectureModel

/// Self time per service and workflows per root operation.
extension SpanLinker {
    /// Self time of a server or consumer span: its duration less the time its own client and
    /// producer spans cover. Both ends of that difference come from one host's clock, so clock skew
    /// between services does not distort it.
    mutating func measureSelfTime() {
        var samples: [String: [Double]] = [:]
        for (index, span) in spans.enumerated() where span.kind == .server || span.kind == .consumer {
            guard let service = span.service, let start = span.timestamp, let duration = span.duration, duration > 0
            else { continue }
            let end = start + duration
            var intervals: [(Double, Double)] = []
            var stack = childIndices(index)
            while let child = stack.popLast() {
                let childSpan = spans[child]
                guard childSpan.service == span.service else { continue }
                if childSpan.kind == nil {
                    stack += childIndices(child)
                } else if childSpan.kind == .client || childSpan.kind == .producer,
                    let childStart = childSpan.timestamp, let childDuration = childSpan.duration
                {
                    let clipped = (max(start, childStart), min(end, childStart + childDuration))
                    if clipped.1 > clipped.0 { intervals.append(clipped) }
                }
            }
            intervals.sort { $0.0 < $1.0 }
            var covered = 0.0
            var reach = start
            for (from, to) in intervals where to > reach {
                covered += to - max(from, reach)
                reach = to
            }
            samples[ImportNames.slug(service), default: []].append(max(0, duration - covered))
        }
        for (name, values) in samples {
            guard let index = system.components.firstIndex(where: { $0.name == name }) else { continue }
            let mean = values.reduce(0, +) / Double(values.count)
            guard mean > 0 else { continue }
            let sorted = values.sorted()
            let p99 = sorted[min(sorted.count - 1, Int((0.99 * Double(sorted.count)).rounded(.up)) - 1)]
            system.components[index].serviceTime = TimeSpan(seconds: mean / 1_000_000)
            system.components[index].serviceTimeP99 = TimeSpan(seconds: p99 / 1_000_000)
            system.components[index].evidence.append(
                Evidence(
                    source: file,
                    detail: "self time of \(values.count) server/consumer span\(values.count == 1 ? "" : "s")"
                )
            )
        }
    }

    /// One workflow per root operation (entry service and span name), with its share of the traces.
    mutating func findWorkflows() {
        var counts: [String: (entry: String, label: String, traces: [String])] = [:]
        var order: [String] = []
        var headless = 0
        // One pass: each trace's first span without a parent is its root.
        var roots: [String: Int] = [:]
        for (index, span) in spans.enumerated() where span.parentID == nil && roots[span.traceID] == nil {
            roots[span.traceID] = index
        }
        for traceID in Set(spans.map(\.traceID)).sorted() {
            guard let root = roots[traceID] else {
                headless += 1
                continue
            }
            // The entry is the root's service when it serves the request, else the first server below it.
            var entry = root
            if spans[root].kind != .server {
                var queue = childIndices(root)
                while !queue.isEmpty {
                    let next = queue.removeFirst()
                    if spans[next].kind == .server {
                        entry = next
                        break
                    }
                    queue += childIndices(next)
                }
            }
            guard let service = spans[entry].service else { continue }
            let operation = spans[root].name.isEmpty ? "request" : spans[root].name
            let label = "\(service) \(operation)"
            let name = ImportNames.slug(label)
            if counts[name] == nil { order.append(name) }
            counts[name, default: (ImportNames.slug(service), label, [])].traces.append(traceID)
        }
        let total = counts.values.reduce(0) { $0 + $1.traces.count }
        for name in order {
            guard let entry = counts[name] else { continue }
            system.workflows.append(
                ImportedWorkflow(
                    name: name,
                    label: entry.label == name ? nil : entry.label,
                    entry: entry.entry,
                    share: Double(entry.traces.count) / Double(total),
                    evidence: [
                        Evidence(
                            source: file,
                            detail:
                                "\(entry.traces.count) of \(total) trace\(total == 1 ? "" : "s") start with this operation"
                        )
                    ]
                )
            )
        }
        if headless > 0 {
            system.note(
                .info,
                "\(headless) trace\(headless == 1 ? " has" : "s have") no root span (its parent was not collected); no workflow is taken from \(headless == 1 ? "it" : "them")",
                evidence: [Evidence(source: file, detail: "traces without a root span")]
            )
        }
    }
}
