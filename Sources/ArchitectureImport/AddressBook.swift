package import ArchitectureModel

/// The host names under which components can be reached, and what an address refers to.
package struct AddressBook: Sendable {
    private var entries: [String: Entry] = [:]
    /// Kubernetes namespaces seen, so `cart.shop` and `cart.shop.svc.cluster.local` resolve to `cart`.
    package var namespaces: Set<String> = []

    package struct Entry: Sendable, Hashable {
        package var component: String
        /// The protocol a port declares (`grpc` port name or appProtocol), when one does.
        package var callProtocol: Call.CallProtocol?
    }

    package init() {}

    package mutating func register(_ host: String, component: String, callProtocol: Call.CallProtocol? = nil) {
        let key = host.lowercased()
        if entries[key] == nil || entries[key]?.callProtocol == nil {
            entries[key] = Entry(component: component, callProtocol: callProtocol)
        }
    }

    package func contains(_ host: String) -> Bool { resolve(host) != nil }

    /// The component a host name refers to: the name itself, or its first label when the rest is
    /// cluster DNS (`.svc`, `.cluster.local`, a known namespace).
    package func resolve(_ host: String) -> Entry? {
        let host = host.lowercased()
        if let entry = entries[host] { return entry }
        let labels = host.split(separator: ".")
        guard labels.count > 1, let first = labels.first else { return nil }
        let rest = labels.dropFirst()
        let clusterDNS = rest.contains("svc") || rest.joined(separator: ".").hasSuffix("cluster.local")
        guard clusterDNS || namespaces.contains(String(rest[rest.startIndex])) else { return nil }
        return entries[String(first)]
    }

    /// Adds a call from `caller` for every component named in `value`, and a note for an address
    /// no file defines.
    package func link(
        from caller: String,
        variable: String?,
        value: String,
        confidence: Confidence,
        evidence: Evidence,
        into system: inout ImportedSystem
    ) {
        for host in AddressScanner.hosts(in: value, variable: variable) {
            link(from: caller, host: host, value: value, confidence, evidence, &system)
        }
    }

    /// Adds a call for every known host named in a command line.
    package func link(
        from caller: String,
        command: [String],
        evidence: Evidence,
        into system: inout ImportedSystem
    ) {
        for host in AddressScanner.hosts(inCommand: command, isKnown: contains) {
            link(from: caller, host: host, value: nil, .medium, evidence, &system)
        }
    }

    private func link(
        from caller: String,
        host: String,
        value: String?,
        _ confidence: Confidence,
        _ evidence: Evidence,
        _ system: inout ImportedSystem
    ) {
        guard let entry = resolve(host) else {
            // Only an address written as one (URL, host:port) is worth a warning; a bare word may be anything.
            // Observability components reach many outside hosts; those are not the system's business.
            if value?.contains(":") == true, system.component(named: caller)?.role != .telemetry,
                host.contains(where: \.isLetter), !host.allSatisfy({ $0.isNumber || $0 == "." })
            {
                system.note(
                    .warning,
                    "\(caller) refers to `\(host)`, which no input file defines: a component deployed elsewhere, an external dependency, or a stale setting",
                    evidence: [evidence]
                )
            }
            return
        }
        guard entry.component != caller else { return }
        // A URL's scheme says the protocol; otherwise the port the Service names, else http.
        let written = value?.lowercased() ?? ""
        var callProtocol = entry.callProtocol ?? .http
        if written.contains("grpc://") {
            callProtocol = .grpc
        } else if written.contains("http://") || written.contains("https://") {
            callProtocol = .http
        }
        system.add(
            ImportedLink(
                from: caller,
                to: entry.component,
                kind: .call(callProtocol),
                confidence: confidence,
                evidence: [evidence]
            )
        )
    }
}
