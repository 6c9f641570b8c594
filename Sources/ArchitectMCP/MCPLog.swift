import Foundation

/// The server's log: standard error only, since standard output carries the protocol.
enum MCPLog {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data("architect mcp: \(message)\n".utf8))
    }
}
