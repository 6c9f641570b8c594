import ArchitectureModel
import ArchitectureReview
import MCP

/// A tool call's arguments, read with the checks its input schema declares: each accessor says
/// exactly which argument is wrong and what it should be.
struct ToolArguments: Sendable {
    let values: [String: Value]

    init(_ values: [String: Value]?, allowed: [String]) throws(ToolError) {
        self.values = values ?? [:]
        for key in self.values.keys.sorted() where !allowed.contains(key) {
            let known = allowed.isEmpty ? "it takes none" : "it takes: \(allowed.joined(separator: ", "))"
            throw .invalidArgument("unknown argument `\(key)`; \(known)")
        }
    }

    func string(_ key: String) throws(ToolError) -> String? {
        guard let value = present(key) else { return nil }
        guard case .string(let text) = value else { throw mistyped(key, "a string", value) }
        return text
    }

    /// `today`: the date waivers expire against, YYYY-MM-DD; today (UTC) when absent.
    func today() throws(ToolError) -> CalendarDate {
        guard let text = try string("today") else { return CalendarDate.todayUTC() }
        guard let date = CalendarDate(text) else {
            throw .invalidArgument("`today` must be a date YYYY-MM-DD, got `\(text)`")
        }
        return date
    }

    func requiredString(_ key: String) throws(ToolError) -> String {
        guard let text = try string(key) else { throw .invalidArgument("missing argument `\(key)`") }
        return text
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(ToolError) -> Int? {
        guard let value = present(key) else { return nil }
        let number: Int
        switch value {
        case .int(let int): number = int
        case .double(let double) where double.rounded() == double && abs(double) < 1e15: number = Int(double)
        default: throw mistyped(key, "an integer", value)
        }
        guard range.contains(number) else {
            throw .invalidArgument(
                "`\(key)` must be between \(range.lowerBound) and \(range.upperBound), got \(number)"
            )
        }
        return number
    }

    /// A finite number at least `minimum` (above it, when `exclusive`).
    func number(_ key: String, minimum: Double, exclusive: Bool = false) throws(ToolError) -> Double? {
        guard let value = present(key) else { return nil }
        let number: Double
        switch value {
        case .int(let int): number = Double(int)
        case .double(let double): number = double
        default: throw mistyped(key, "a number", value)
        }
        guard number.isFinite, exclusive ? number > minimum : number >= minimum else {
            let bound = exclusive ? "above" : "at least"
            throw .invalidArgument("`\(key)` must be a number \(bound) \(minimum), got \(number)")
        }
        return number
    }

    func strings(_ key: String) throws(ToolError) -> [String]? {
        guard let value = present(key) else { return nil }
        guard case .array(let items) = value else { throw mistyped(key, "an array of strings", value) }
        return try items.map { item throws(ToolError) in
            guard case .string(let text) = item else { throw mistyped(key, "an array of strings", value) }
            return text
        }
    }

    func objects(_ key: String) throws(ToolError) -> [[String: Value]]? {
        guard let value = present(key) else { return nil }
        guard case .array(let items) = value else { throw mistyped(key, "an array of objects", value) }
        return try items.map { item throws(ToolError) in
            guard case .object(let object) = item else { throw mistyped(key, "an array of objects", value) }
            return object
        }
    }

    func value(_ key: String) -> Value? { present(key) }

    /// A JSON null counts as absent, as clients send it for an unset optional argument.
    private func present(_ key: String) -> Value? {
        guard let value = values[key], value != .null else { return nil }
        return value
    }

    private func mistyped(_ key: String, _ expected: String, _ value: Value) -> ToolError {
        .invalidArgument("`\(key)` must be \(expected), got \(Self.kind(value))")
    }

    static func kind(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string, .data: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
