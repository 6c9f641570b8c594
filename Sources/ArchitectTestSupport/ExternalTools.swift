public import Foundation

/// Finds the third-party validators that tests run. A test that needs an absent one is skipped with
/// how to install it, unless ARCHITECT_REQUIRE_VALIDATORS=1 (CI), where it runs and fails instead.
public enum ExternalTools {
    public static var validatorsRequired: Bool {
        ProcessInfo.processInfo.environment["ARCHITECT_REQUIRE_VALIDATORS"] == "1"
    }

    /// True when `executable` is on PATH, or when validators are required (so the test fails loudly).
    public static func available(_ executable: String) -> Bool {
        validatorsRequired || path(of: executable) != nil
    }

    /// True when `python3` can import every module, or when validators are required.
    public static func pythonModulesAvailable(_ modules: [String]) -> Bool {
        if validatorsRequired { return true }
        guard path(of: "python3") != nil else { return false }
        let result = run("python3", ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        return result.status == 0
    }

    public static func path(of executable: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(executable)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public struct RunResult: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// `run` on a Dispatch thread: a validator that takes seconds must not hold one of the few threads
    /// of Swift's cooperative pool (two on two cores), or every other test waits behind it.
    public static func runAsync(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        directory: URL? = nil
    ) async -> RunResult {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: run(executable, arguments, input: input, directory: directory))
            }
        }
    }

    /// Runs a program found on PATH (or at an absolute path) to completion, with optional standard input.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        directory: URL? = nil
    ) -> RunResult {
        guard let resolved = executable.hasPrefix("/") ? executable : path(of: executable) else {
            return RunResult(status: 127, stdout: "", stderr: "\(executable): not found on PATH")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: resolved)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        do {
            try process.run()
        } catch {
            return RunResult(status: 127, stdout: "", stderr: "\(executable): \(error)")
        }
        // Read both pipes while the process runs, so a large output cannot block it.
        let output = ReadBuffer()
        let errors = ReadBuffer()
        let group = DispatchGroup()
        for (pipe, buffer) in [(stdout, output), (stderr, errors)] {
            group.enter()
            DispatchQueue.global().async {
                buffer.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: output.data, as: UTF8.self),
            stderr: String(decoding: errors.data, as: UTF8.self)
        )
    }
}

/// Collects one pipe's bytes on a background queue; `DispatchGroup.wait` orders the write before the read.
private final class ReadBuffer: @unchecked Sendable {
    var data = Data()
}
