import ArchitectTestSupport
import Foundation

/// Runs one validator process at a time across every suite. Each one (a Python start importing
/// pydantic models, chromium, kubernetes-validate loading its schemas) takes a core for seconds;
/// started together on two cores they starve the other suites past their time limits.
actor ValidatorQueue {
    static let shared = ValidatorQueue()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    static func run(_ executable: String, _ arguments: [String]) async -> ExternalTools.RunResult {
        await shared.acquire()
        let result = await ExternalTools.runAsync(executable, arguments)
        await shared.release()
        return result
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot straight to the next waiter, so `busy` stays true while anyone waits.
    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
