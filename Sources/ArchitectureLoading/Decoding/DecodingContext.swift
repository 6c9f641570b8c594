import ArchitectureModel

/// What decoding one file shares: the diagnostics so far and the names declared in the file.
final class DecodingContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every service, datastore, broker and topic name, with what it names and where.
    var names: [String: (space: NameSpace, location: SourceLocation)] = [:]
    var zoneNames: [String] = []
    /// Whether the model has a `zones` section (else the one zone is `default`).
    var zonesDeclared = false
    /// Names declared twice: already reported, so references to them are not checked again.
    var declaredTwice: Set<String> = []
    /// The spec's defaults, parsed once per load: object name -> field name -> value.
    var defaults: [String: [String: Any]] = [:]

    init(file: String) {
        self.file = file
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func error(_ message: String, hint: String? = nil, path: String, at node: YAMLNode) {
        report(.error, message, hint: hint, path: path, line: node.line, column: node.column)
    }

    func warning(_ message: String, hint: String? = nil, path: String, at node: YAMLNode) {
        report(.warning, message, hint: hint, path: path, line: node.line, column: node.column)
    }

    func report(
        _ severity: Severity,
        _ message: String,
        hint: String? = nil,
        path: String,
        line: Int,
        column: Int
    ) {
        diagnostics.append(
            Diagnostic(severity: severity, path: path, message: message, hint: hint, location: location(line, column))
        )
    }

    func report(
        _ severity: Severity,
        _ message: String,
        hint: String? = nil,
        path: String,
        at location: SourceLocation
    ) {
        diagnostics.append(Diagnostic(severity: severity, path: path, message: message, hint: hint, location: location))
    }

    /// Declared names in one namespace (a component is a service, datastore or broker).
    func declared(in space: NameSpace) -> [String] {
        switch space {
        case .zone: return zoneNames
        case .component:
            return names.filter { [.service, .datastore, .broker].contains($0.value.space) }.map(\.key).sorted()
        default: return names.filter { $0.value.space == space }.map(\.key).sorted()
        }
    }

    func isDeclared(_ name: String, in space: NameSpace) -> Bool {
        if declaredTwice.contains(name) { return true }
        switch space {
        case .zone: return zoneNames.contains(name)
        case .component: return names[name].map { [.service, .datastore, .broker].contains($0.space) } ?? false
        default: return names[name]?.space == space
        }
    }
}
