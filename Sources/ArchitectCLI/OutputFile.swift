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
        var text = text
        // A device, pipe or socket (`-o /dev/null`, a FIFO) is written in place: an atomic write
        // renames a new file over the path and would put a regular file where the device was. For the
        // same reason a symbolic link is followed, so the link stays and its target gets the text.
        let options: Data.WritingOptions = isSpecialFile(path) ? [] : .atomic
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        do {
            // The string's own bytes rather than a copy: a review's output can run to 100s of MB.
            try text.withUTF8 { utf8 in
                let data = utf8.baseAddress.map {
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: utf8.count, deallocator: .none)
                }
                try (data ?? Data()).write(to: url, options: options)
            }
        } catch {
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Whether `path`, symbolic links followed, exists and is something other than a regular file
    /// or a folder.
    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }
}
