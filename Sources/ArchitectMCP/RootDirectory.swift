import Foundation

/// The directory a server may read models from (`architect mcp --root`). A path is resolved with
/// `realpath` (symlinks, `.` and `..`) before it is compared, so no spelling reaches outside.
struct RootDirectory: Sendable {
    /// The root's own real path.
    let path: String

    init(_ directory: String) throws(ToolError) {
        guard let real = Self.realPath(directory) else {
            throw .unreadable(path: directory, reason: "no such directory")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadable(path: directory, reason: "not a directory")
        }
        path = real
    }

    /// The real path of a file named relative to the root (or absolutely), if it lies under the root.
    func resolve(_ name: String) throws(ToolError) -> String {
        guard !name.isEmpty, !name.contains("\0") else {
            throw .invalidArgument("`path` must name a file under the root directory")
        }
        let joined = name.hasPrefix("/") ? name : (path as NSString).appendingPathComponent(name)
        guard let real = Self.realPath(joined) else {
            // An absent file outside the root is reported as outside, so errors do not probe the disk.
            let lexical = (joined as NSString).standardizingPath
            if !contains(lexical) { throw .outsideRoot(path: name, root: path) }
            throw .unreadable(path: name, reason: "no such file")
        }
        guard contains(real) else { throw .outsideRoot(path: name, root: path) }
        return real
    }

    private func contains(_ real: String) -> Bool {
        real == path || real.hasPrefix(path == "/" ? "/" : path + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
