import ArchitectureLoading
import ArchitectureModel
import Foundation

/// One pass registers every service's host names, the next reads what each one refers to.
struct ComposeReader {
    var interpolation: ComposeInterpolation
    var system = ImportedSystem()
    var book = AddressBook()

    mutating func register(_ services: [YAMLNode.Pair], file: String) {
        for pair in services {
            let node = pair.value
            let name = ImportNames.slug(pair.key)
            let image = node["image"]?.string.map { interpolation.apply($0) }
            let ports = containerPorts(node)
            let recognition = ComponentCatalog.recognise(name: pair.key, image: image, ports: ports)
            var component = ImportedComponent(
                name: name,
                label: ImportNames.label(pair.key),
                role: recognition.role,
                roleConfidence: recognition.confidence,
                image: image,
                remarks: recognition.remark.map { [$0] } ?? [],
                evidence: [Evidence(file: file, line: pair.keyLine, detail: "compose service `\(pair.key)`")]
            )
            read(node, into: &component, file: file)
            system.add(component)
            var hosts = [pair.key, node["container_name"]?.string, node["hostname"]?.string].compactMap { $0 }
            for network in node["networks"]?.pairs ?? [] {
                hosts += network.value["aliases"]?.list.compactMap(\.string) ?? []
            }
            for host in hosts { book.register(interpolation.apply(host), component: name) }
        }
    }

    /// Replicas, exposure, health and state: what the model has fields for.
    private mutating func read(_ node: YAMLNode, into component: inout ImportedComponent, file: String) {
        if let replicas = (node.at("deploy.replicas") ?? node["scale"]).flatMap({ $0.string }).flatMap({
            Int(interpolation.apply($0))
        }) {
            component.replicas = replicas
        }
        for port in node["ports"]?.list ?? [] {
            let published: Bool
            if let text = port.string.map({ interpolation.apply($0) }) {
                published = text.split(separator: "/")[0].contains(":")
            } else {
                published = port["published"] != nil
            }
            if published {
                component.exposed = true
                component.evidence.append(
                    Evidence(file: file, line: port.line, detail: "port published on the host: exposed")
                )
            }
        }
        if let test = node.at("healthcheck.test") {
            let words = test.list.compactMap(\.string).joined(separator: " ")
            if let path = Self.httpPath(in: words) { component.health = Health(liveness: path) }
        }
        let namedVolume = (node["volumes"]?.list ?? []).contains { volume in
            guard let source = volume.string?.split(separator: ":").first ?? volume["source"]?.string?[...] else {
                return false
            }
            return !source.hasPrefix(".") && !source.hasPrefix("/") && !source.hasPrefix("$") && !source.hasPrefix("~")
        }
        if namedVolume, component.isService { component.stateful = true }
    }

    mutating func read(_ services: [YAMLNode.Pair], file: String) {
        for pair in services {
            let name = ImportNames.slug(pair.key)
            let node = pair.value
            for (key, value, line) in environment(node, file: file) {
                let evidence = Evidence(file: file, line: line, detail: "env \(key)=\(value)")
                book.link(from: name, variable: key, value: value, confidence: .high, evidence: evidence, into: &system)
            }
            for field in ["command", "entrypoint"] {
                guard let command = node[field] else { continue }
                let arguments =
                    command.items?.compactMap(\.string).map { interpolation.apply($0) }
                    ?? interpolation.apply(command.string ?? "").split(separator: " ").map(String.init)
                let evidence = Evidence(
                    file: file,
                    line: command.line,
                    detail: "\(field) \(arguments.joined(separator: " "))"
                )
                book.link(from: name, command: arguments, evidence: evidence, into: &system)
            }
            for field in ["depends_on", "links", "external_links"] {
                guard let dependencies = node[field] else { continue }
                let entries: [(String, Int)] =
                    dependencies.pairs?.map { ($0.key, $0.keyLine) }
                    ?? dependencies.list.compactMap { item in item.string.map { ($0, item.line) } }
                for (target, line) in entries {
                    let service = String(target.split(separator: ":")[0])
                    let dependency = StartDependency(
                        from: name,
                        to: ImportNames.slug(service),
                        evidence: Evidence(
                            file: file,
                            line: line,
                            detail: "\(field): \(service) (start order, not a call)"
                        )
                    )
                    system.startOrder.append(dependency)
                }
            }
        }
    }

    /// `environment` as a list (`KEY=VALUE`, bare `KEY` taken from the variables) or a mapping, then `env_file`.
    private mutating func environment(_ node: YAMLNode, file: String) -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        if let pairs = node["environment"]?.pairs {
            for pair in pairs {
                let value = pair.value.string.map { interpolation.apply($0) } ?? interpolation.variables[pair.key]
                if let value { result.append((pair.key, value, pair.keyLine)) }
            }
        } else {
            for item in node["environment"]?.list ?? [] {
                guard let text = item.string else { continue }
                if let equals = text.firstIndex(of: "=") {
                    let key = String(text[..<equals])
                    result.append((key, interpolation.apply(String(text[text.index(after: equals)...])), item.line))
                } else if let value = interpolation.variables[text] {
                    result.append((text, value, item.line))
                }
            }
        }
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        for entry in node["env_file"]?.list ?? [] {
            guard let relative = (entry.string ?? entry["path"]?.string).map({ interpolation.apply($0) }) else {
                continue
            }
            let path = relative.hasPrefix("/") ? relative : directory.appendingPathComponent(relative).path
            guard let text = try? ImportError.readText(path) else {
                system.note(
                    .warning,
                    "env_file \(relative) is missing; its addresses are unknown",
                    evidence: [Evidence(file: file, line: entry.line, detail: "env_file")]
                )
                continue
            }
            let values = ComposeInterpolation.parseEnvFile(text, inherited: [:])
            for key in values.keys.sorted() {
                result.append((key, values[key] ?? "", entry.line))
            }
        }
        return result
    }

    private mutating func containerPorts(_ node: YAMLNode) -> [Int] {
        var ports: [Int] = []
        for port in (node["ports"]?.list ?? []) + (node["expose"]?.list ?? []) {
            let text = port.string.map { interpolation.apply($0) } ?? port["target"]?.string ?? ""
            let target = text.split(separator: "/")[0].split(separator: ":").last.map(String.init) ?? text
            if let number = Int(target.split(separator: "-")[0]) { ports.append(number) }
        }
        return ports
    }

    /// `/healthz` in `curl -f http://localhost:8080/healthz`.
    static func httpPath(in command: String) -> String? {
        guard let scheme = command.range(of: "://") else { return nil }
        let rest = command[scheme.upperBound...].prefix { $0 != " " && $0 != "\"" && $0 != "'" }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        return String(rest[slash...])
    }
}
