import ArchitectureModel

/// Turns a parsed document into a `SystemModel`, applying the format's defaults and reporting every
/// problem to its context. Sections are decoded in dependency order (names first, then services,
/// then what refers to them), so each reference is checked where it is written.
final class ModelDecoder {
    let context: DecodingContext
    /// Decoded services by name, for checks that need another service's calls or uses.
    var servicesByName: [String: Service] = [:]
    /// Where each service lists `publishes`, for the warning when they never fire.
    var publishesLocations: [String: SourceLocation] = [:]
    /// Services whose `uses` has a problem already reported, so their stores' owner check would only echo it.
    var servicesWithInvalidUses: Set<String> = []

    init(file: String) {
        context = DecodingContext(file: file)
    }

    func decode(_ root: YAMLNode) -> SystemModel? {
        guard let document = ObjectReader(root, spec: ModelSchema.document, path: "", context: context) else {
            return nil
        }
        _ = document.optional("architect", .constant)
        let zones = decodeZones(document)
        declareNames(document)
        let system = decodeSystem(document)

        let services = document.entries("services").map { decodeService($0.name, $0.reader, zones: zones) }
        for service in services where servicesByName[service.name] == nil {
            servicesByName[service.name] = service
        }
        let datastores = document.entries("datastores").map { decodeDatastore($0.name, $0.reader, zones: zones) }
        let brokers = document.entries("brokers").map { decodeBroker($0.name, $0.reader, zones: zones) }
        let topics = document.entries("topics").map { decodeTopic($0.name, $0.reader) }
        let workflows = decodeWorkflows(document, requirements: system.requirements)
        let model = SystemModel(
            format: ModelSchema.formatVersion,
            system: system,
            zones: zones,
            services: services,
            datastores: datastores,
            brokers: brokers,
            topics: topics,
            workflows: workflows,
            decisions: decodeDecisions(document),
            waivers: decodeWaivers(document),
            scenarios: document.entries("scenarios").compactMap {
                decodeScenario($0.name, $0.reader, services: services, datastores: datastores, brokers: brokers)
            }
        )
        checkPublishesFire(model)
        return model
    }

    private func decodeSystem(_ document: ObjectReader) -> SystemInfo {
        guard let system = document.object("system") else {
            return SystemInfo(name: "")
        }
        var requirements = Requirements()
        if let reader = system.object("requirements") {
            requirements = Requirements(
                peakRPS: reader.value("peak_rps", .number),
                growth: reader.value("growth", .number),
                availability: reader.optional("availability", .ratio),
                latencyP99: reader.optional("latency_p99", .duration),
                budgetMonthly: reader.optional("budget_monthly", .number),
                compliance: reader.list("compliance", .string),
                dataResidency: reader.list("data_residency", .string)
            )
        }
        let name = system.optional("name", .string) ?? ""
        if system.has("name"), name.trimmingSpaces.isEmpty, let node = system.node("name") {
            context.error("the system's name is empty", path: system.fieldPath("name"), at: node)
        }
        return SystemInfo(
            name: name,
            description: system.optional("description", .string),
            requirements: requirements,
            location: document.keyLocation("system")
        )
    }

    private func decodeZones(_ document: ObjectReader) -> Zones {
        var zones = Zones()
        if let reader = document.object("zones") {
            zones.availability = reader.value("availability", .ratio)
            if reader.has("names") {
                let names = uniqueNames(reader.listItems("names"), what: "zone")
                if let node = reader.node("names"), node.items?.isEmpty == true {
                    context.error(
                        "`zones.names` is empty; list at least one zone",
                        hint: "or leave `zones` out for one zone named `default`",
                        path: reader.fieldPath("names"),
                        at: node
                    )
                } else if !names.isEmpty {
                    zones.names = names
                }
            }
        }
        context.zoneNames = zones.names
        context.zonesDeclared = document.has("zones")
        return zones
    }

    /// Reads a list of names, reporting any name listed twice.
    func uniqueNames(_ items: [(node: YAMLNode, path: String, type: FieldType)], what: String) -> [String] {
        var seen: Set<String> = []
        var names: [String] = []
        for item in items {
            guard let name = Reading.name.read(item.node, item.type, item.path, context) else { continue }
            if !seen.insert(name).inserted {
                context.error(
                    "\(what) `\(name)` is listed twice",
                    hint: "remove the second `\(name)`",
                    path: item.path,
                    at: item.node
                )
                continue
            }
            names.append(name)
        }
        return names
    }

    /// Registers every service, datastore, broker and topic name, which share one namespace.
    private func declareNames(_ document: ObjectReader) {
        let sections: [(String, NameSpace)] = [
            ("services", .service), ("datastores", .datastore), ("brokers", .broker), ("topics", .topic),
        ]
        for (section, space) in sections {
            guard let pairs = document.node(section)?.pairs else { continue }
            for pair in pairs where ScalarSyntax.isName(pair.key) {
                let location = context.location(pair.keyLine, pair.keyColumn)
                if let existing = context.names[pair.key] {
                    context.declaredTwice.insert(pair.key)
                    context.report(
                        .error,
                        "`\(pair.key)` is already the name of the \(existing.space.rawValue) at line \(existing.location.line); names are unique across services, datastores, brokers and topics",
                        hint: "rename one of them, such as `\(pair.key)-\(space.rawValue)`",
                        path: "\(section).\(pair.key)",
                        at: location
                    )
                    continue
                }
                context.names[pair.key] = (space, location)
            }
        }
    }
}
