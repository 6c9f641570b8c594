import ArchitectureModel
import Foundation

/// Pretty, key-sorted JSON with a final newline: stable output for golden files and diffs.
package enum JSONText {
    package static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The same text, written value by value (see `JSONWriter`): for reports of 100,000s of findings,
    /// which `JSONEncoder` takes seconds and gigabytes over.
    package static func write(reservingCapacity capacity: Int = 0, _ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(reservingCapacity: capacity)
        body(&writer)
        return writer.finish()
    }
}
