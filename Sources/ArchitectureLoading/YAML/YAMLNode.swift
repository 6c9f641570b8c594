/// A YAML value with the line and column where it starts: the loader's own tree, built from Yams'
/// nodes with aliases expanded and merge keys applied, so every later step sees plain data.
package struct YAMLNode: Sendable {
    package enum Value: Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    package struct Scalar: Sendable {
        package var text: String
        /// Written without quotes or block indicators, so `3` is a number and `true` a boolean.
        package var isPlain: Bool

        /// A plain `~`, `null` or empty scalar.
        package var isNull: Bool {
            isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
        }
    }

    package struct Pair: Sendable {
        package var key: String
        package var keyLine: Int
        package var keyColumn: Int
        package var value: YAMLNode
    }

    package var value: Value
    package var line: Int
    package var column: Int

    package var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    package var pairs: [Pair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    package var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// What a person would call this kind of value, for messages.
    package var kindDescription: String {
        switch value {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if scalar.isNull { return "nothing (null)" }
            return scalar.isPlain
                ? "`\(scalar.text.truncatedForMessage)`" : "the string \"\(scalar.text.truncatedForMessage)\""
        }
    }
}

extension String {
    /// At most 40 characters, so one bad value cannot flood a message.
    package var truncatedForMessage: String {
        let firstLine = prefix { $0 != "\n" }
        return firstLine.count > 40 || firstLine.count < count ? firstLine.prefix(40) + "…" : String(firstLine)
    }
}
