import ArchitectureModel

/// Structurizr DSL: one workspace whose model is the container graph (people, the system with its
/// containers grouped by context, external systems, relationships) and a deployment environment of
/// the zones; views are system context, container, deployment and one dynamic view per workflow.
struct StructurizrRenderer {
    let container: DiagramGraph
    let deployment: DiagramGraph
    let sequences: [SequenceDiagram]
    let systemName: String
    let systemDescription: String?
    /// Element identifiers the container view is limited to (a focus); nil = every element.
    let focus: Set<String>?
    /// Topics are not Structurizr elements: each topic's identifier maps to its broker's.
    let topicBrokers: [String: String]

    /// The model section always holds the whole model; a focus limits the container view and the
    /// workflows, as in the other formats.
    init(subject: DiagramSubject, workflow: String?) throws(DiagramError) {
        let whole = try DiagramSubject(subject.graph, options: DiagramOptions())
        let builder = GraphBuilder(subject: whole)
        container = builder.graph(for: .container)
        deployment = builder.graph(for: .deployment)
        // A model without workflows still has a workspace, just no dynamic views.
        sequences =
            subject.model.workflows.isEmpty && workflow == nil
            ? [] : try SequenceBuilder(subject: subject).diagrams(workflow: workflow)
        systemName = subject.model.system.name
        systemDescription = subject.model.system.description
        focus = subject.kept == nil ? nil : Set(GraphBuilder(subject: subject).graph(for: .container).nodes.map(\.id))
        var brokers: [String: String] = [:]
        for topic in subject.model.topics {
            brokers[DiagramSubject.topicID(topic.name)] = DiagramSubject.brokerID(topic.broker)
        }
        topicBrokers = brokers
    }

    static let environment = "Production"

    func workspace(views: [DiagramView]) -> String {
        var lines = ["workspace \(quoted(systemName)) \(quoted(systemDescription ?? "")) {", "    model {"]
        lines += model().map { $0.isEmpty ? $0 : "        " + $0 }
        lines += ["    }", "", "    views {"]
        for view in views { lines += self.views(view).map { $0.isEmpty ? $0 : "        " + $0 } }
        lines += [
            "        styles {",
            "            element \"Person\" {",
            "                shape Person",
            "                background #08427b",
            "                color #ffffff",
            "            }",
            "            element \"Software System\" {",
            "                background #1168bd",
            "                color #ffffff",
            "            }",
            "            element \"External\" {",
            "                background #8a8a8a",
            "                color #ffffff",
            "            }",
            "            element \"Container\" {",
            "                background #438dd5",
            "                color #ffffff",
            "            }",
            "            element \"Database\" {",
            "                shape Cylinder",
            "            }",
            "            element \"Queue\" {",
            "                shape Pipe",
            "            }",
            "            relationship \"Async\" {",
            "                dashed true",
            "            }",
            "        }",
            "    }",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func model() -> [String] {
        var lines: [String] = []
        for node in container.nodes(in: nil) {
            switch node.kind {
            case .person: lines.append("\(node.id) = person \(quoted(node.label))")
            case .externalSystem:
                lines.append("\(node.id) = softwareSystem \(quoted(node.label)) \"\" \"External\"")
            default: continue
            }
        }
        lines.append(
            "\(GraphBuilder.systemID) = softwareSystem \(quoted(systemName)) \(quoted(systemDescription ?? "")) {"
        )
        func emit(group: String, indent: String) {
            for child in container.groups(in: group) {
                lines.append("\(indent)group \(quoted(child.label)) {")
                emit(group: child.id, indent: indent + "    ")
                lines.append("\(indent)}")
            }
            for node in container.nodes(in: group) {
                let tag =
                    switch node.kind {
                    case .database: " \"Database\""
                    case .queue: " \"Queue\""
                    default: ""
                    }
                lines.append(
                    "\(indent)\(node.id) = container \(quoted(node.label)) \"\" \(quoted(node.technology ?? ""))\(tag)"
                )
            }
        }
        emit(group: GraphBuilder.systemID, indent: "    ")
        lines.append("}")
        lines.append("")
        for edge in container.edges {
            let tag = edge.style == .async ? " \"Async\"" : ""
            lines.append(
                "\(edge.from) -> \(edge.to) \(quoted(edge.label)) \(quoted(edge.technology ?? ""))\(tag)"
            )
        }
        lines.append("")
        lines.append("production = deploymentEnvironment \(quoted(Self.environment)) {")
        for zone in deployment.groups {
            lines.append("    \(zone.id) = deploymentNode \(quoted(zone.label)) {")
            for node in deployment.nodes(in: zone.id) {
                guard let instance = node.instance else { continue }
                lines.append(
                    "        \(node.id) = deploymentNode \(quoted(node.label)) \"\" \(quoted(node.technology ?? "")) \"\" \(instance.replicas) {"
                )
                lines.append("            containerInstance \(instance.element)")
                lines.append("        }")
            }
            lines.append("    }")
        }
        lines.append("}")
        return lines
    }

    private func views(_ view: DiagramView) -> [String] {
        let system = GraphBuilder.systemID
        switch view {
        case .context:
            return ["systemContext \(system) \"context\" {", "    include *", "    autoLayout lr", "}", ""]
        case .container:
            let include = focus.map { ids in
                container.nodes.map(\.id).filter(ids.contains).joined(separator: " ")
            }
            return [
                "container \(system) \"container\" {", "    include \(include ?? "*")", "    autoLayout lr", "}", "",
            ]
        case .deployment:
            return [
                "deployment \(system) \(quoted(Self.environment)) \"deployment\" {", "    include *",
                "    autoLayout lr", "}", "",
            ]
        case .sequence:
            return sequences.flatMap(dynamicView)
        case .dataflow, .contextMap:
            return []
        }
    }

    /// A dynamic view of a workflow: its requests and publications, in order; Structurizr numbers them.
    /// Replies are left out (each request implies one), and only relationships the model declares are drawn.
    private func dynamicView(_ sequence: SequenceDiagram) -> [String] {
        let declared = Set(container.edges.map { [$0.from, $0.to] })
        var lines = [
            "dynamic \(GraphBuilder.systemID) \(quoted("sequence-" + sequence.name)) \(quoted(sequence.title)) {"
        ]
        func emit(_ items: [SequenceDiagram.Item], note: String) {
            for item in items {
                switch item {
                case .message(let message):
                    guard message.arrow != .reply else { continue }
                    let from =
                        message.from == SequenceBuilder.clientID
                        ? DiagramSubject.identifier("user", sequence.entry) : message.from
                    // Topics are not elements: a publication goes to the topic's broker.
                    let to = brokerOf(message.to) ?? message.to
                    let source = brokerOf(from) ?? from
                    guard declared.contains([source, to]) else { continue }
                    // A broker carries several topics: the message names its topic.
                    let topic = [message.from, message.to].first { topicBrokers[$0] != nil }
                    let label = topic.flatMap { id in sequence.participants.first { $0.id == id }?.label }
                    let text = label.map { "\($0): \(message.text)" } ?? message.text
                    lines.append("    \(source) -> \(to) \(quoted(text + note))")
                case .parallel(let label, let branches):
                    for branch in branches { emit(branch, note: " (\(label))") }
                case .note: continue
                }
            }
        }
        emit(sequence.items, note: "")
        lines += ["    autoLayout lr", "}", ""]
        return lines
    }

    private func brokerOf(_ id: String) -> String? { topicBrokers[id] }

    /// A Structurizr string: quotes escaped, on one line (the DSL has no line breaks in strings).
    static func quoted(_ text: String) -> String {
        let escaped = SourceText.escape(text) { character in
            switch character {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": " "
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    private func quoted(_ text: String) -> String { Self.quoted(text) }
}
