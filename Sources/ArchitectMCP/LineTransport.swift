import Dispatch
import Foundation
import Logging
import MCP

/// MCP's stdio transport: one JSON-RPC message per line on standard input and output. Unlike the
/// SDK's `StdioTransport`, which scans its whole buffer for a newline after every 4 KiB read (minutes
/// for a model of a few MiB), it scans each byte once, reads on its own thread, and refuses a line
/// longer than `maximumLineBytes` without holding it in memory.
actor LineTransport: Transport {
    nonisolated let logger = Logger(label: "architect.mcp", factory: { _ in SwiftLogNoOpLogHandler() })
    private let maximumLineBytes: Int
    private let stream: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var started = false

    init(maximumLineBytes: Int) {
        self.maximumLineBytes = maximumLineBytes
        (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
    }

    func connect() async throws {
        guard !started else { return }
        started = true
        let reader = LineReader(maximumLineBytes: maximumLineBytes, continuation: continuation)
        let thread = Thread { reader.run() }
        thread.name = "architect-mcp-stdin"
        thread.start()
    }

    func disconnect() async { continuation.finish() }

    func send(_ data: Data) async throws {
        var line = data
        line.append(UInt8(ascii: "\n"))
        try line.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
                }
                offset += written
            }
        }
    }

    func receive() -> AsyncThrowingStream<Data, any Error> { stream }
}

/// Reads standard input with blocking reads and yields each complete line.
private struct LineReader: Sendable {
    let maximumLineBytes: Int
    let continuation: AsyncThrowingStream<Data, any Error>.Continuation

    func run() {
        var pending: [UInt8] = []
        var skipping = false
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            for index in 0..<count where chunk[index] == UInt8(ascii: "\n") {
                if !skipping {
                    pending += chunk[start..<index]
                    if !pending.isEmpty { continuation.yield(Data(pending)) }
                }
                pending.removeAll(keepingCapacity: true)
                skipping = false
                start = index + 1
            }
            guard !skipping else { continue }
            pending += chunk[start..<count]
            if pending.count > maximumLineBytes {
                // Answer the request (when its id comes first, as clients write it) and drop the rest.
                MCPLog.write("a message of more than \(maximumLineBytes) bytes was refused")
                continuation.yield(OversizedMessage.request(replacing: pending, limit: maximumLineBytes))
                pending.removeAll(keepingCapacity: false)
                skipping = true
            }
        }
        continuation.finish()
    }
}

/// What a refused oversized line becomes: a request that the server answers with an error.
enum OversizedMessage: Method {
    static let name = "architect/message-too-large"

    struct Parameters: Codable, Hashable, Sendable {
        var limit: Int
    }

    static func request(replacing line: [UInt8], limit: Int) -> Data {
        let head = String(decoding: line.prefix(512), as: UTF8.self)
        var id = "null"
        if let key = head.range(of: "\"id\":") {
            let rest = head[key.upperBound...].drop { $0 == " " }
            let value = rest.prefix { !",}".contains($0) }
            if !value.isEmpty, value.count < 100 { id = String(value) }
        }
        return Data(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(name)","params":{"limit":\#(limit)}}"#.utf8)
    }
}
