import Foundation

/// Finds host names in configuration values: URLs, `host:port`, `Host=db;` connection strings,
/// `-Dspring.rabbitmq.host=rabbitmq`, and bare names in variables whose name says they hold an address.
package enum AddressScanner {
    /// Words of a variable name that say its value is an address (`CART_SERVICE_ADDR`, `DB_HOST`).
    private static let addressWords: Set<String> = [
        "host", "hostname", "hosts", "addr", "address", "addresses", "url", "urls", "uri", "endpoint", "endpoints",
        "server", "servers", "broker", "brokers", "dsn", "connection", "conn", "bootstrap", "upstream", "peers",
        "seeds", "target",
    ]

    private static let hostKeys: Set<String> = [
        "host", "hostname", "server", "address", "addr", "data source", "datasource", "contact-points",
        "contactpoints",
    ]

    /// Whether a variable's name says it holds an address.
    package static func isAddressVariable(_ name: String) -> Bool {
        let words = name.lowercased().split { $0 == "_" || $0 == "." || $0 == "-" }
        return words.contains { addressWords.contains(String($0)) }
    }

    /// Host names written in `value`; bare names count only when `variable` is address-like.
    package static func hosts(in value: String, variable: String?) -> [String] {
        var found: [String] = []
        func add(_ host: Substring) {
            let trimmed = host.trimmingCharacters(in: "[]\"'` ").lowercased()
            guard isHostName(trimmed), !found.contains(trimmed) else { return }
            found.append(trimmed)
        }
        // scheme://[user[:password]@]host[:port]/...
        var rest = Substring(value)
        while let range = rest.range(of: "://") {
            var authority = rest[range.upperBound...].prefix { !"/?#,; \t\n\"'()".contains($0) }
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            add(authority.prefix { $0 != ":" })
            rest = rest[range.upperBound...]
        }
        let tokens = value.split { " \t\n,;()\"'|".contains($0) }
        for token in tokens where !token.contains("://") {
            // key=value pairs: Host=db, -Dspring.rabbitmq.host=rabbitmq, --server=x:1
            if let equals = token.firstIndex(of: "=") {
                let key = token[..<equals].trimmingCharacters(in: "-").lowercased()
                let lastWord = key.split { $0 == "." || $0 == "_" || $0 == "-" }.last.map(String.init) ?? key
                let pairValue = token[token.index(after: equals)...]
                if hostKeys.contains(key) || hostKeys.contains(lastWord) || addressWords.contains(lastWord) {
                    add(pairValue.split(separator: "@").last?.prefix { $0 != ":" && $0 != "/" } ?? "")
                    continue
                }
            }
            // host:port, possibly after user@ or inside tcp(...)
            let afterAt = token.split(separator: "@").last ?? token
            let parts = afterAt.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 2, let port = parts[1].split(separator: "/").first, port.allSatisfy(\.isNumber),
                !port.isEmpty
            {
                add(parts[0])
            }
        }
        if let variable, isAddressVariable(variable) {
            for item in value.split(separator: ",") {
                let bare = item.trimmingCharacters(in: " ")
                if !bare.contains(":"), !bare.contains("/"), !bare.contains(" "), !bare.contains("=") { add(bare[...]) }
            }
        }
        return found
    }

    /// Hosts named in a command line: URLs and `host:port` anywhere, and a known host right after a flag
    /// (`-h edge-router`).
    package static func hosts(inCommand arguments: [String], isKnown: (String) -> Bool) -> [String] {
        var found: [String] = []
        for (index, argument) in arguments.enumerated() {
            for host in hosts(in: argument, variable: nil) where !found.contains(host) { found.append(host) }
            let bare = argument.lowercased()
            if index > 0, arguments[index - 1].hasPrefix("-"), isHostName(bare), isKnown(bare), !found.contains(bare) {
                found.append(bare)
            }
        }
        return found
    }

    /// A DNS name with a letter in it; not an IP address, a wildcard or the local host.
    package static func isHostName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count < 254, text != "localhost", !text.hasPrefix("0.0.0.0"),
            text.contains(where: \.isLetter)
        else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "." || $0 == "_" }
            && !text.hasPrefix("-") && !text.hasPrefix(".")
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
