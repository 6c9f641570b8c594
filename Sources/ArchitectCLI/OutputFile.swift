import Foundation

/// Writes command output to files atomically: a reader never sees half a file, and a failed
/// write leaves the previous file as it was.
enum OutputFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` to `path` under `directory`, creating the folders on the way.
    static func write(_ text: String, to path: String, under directory: URL) throws(WriteError) {
        let url = directory.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
        } catch {
            throw WriteError(path: url.path, reason: (error as NSError).localizedDescription)
        }
        try write(text, to: url.path)
    }

    static func write(_ text: String, to path: String) throws(WriteError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
