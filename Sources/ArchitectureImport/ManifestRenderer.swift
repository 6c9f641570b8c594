import Foundation

/// Renders a Helm chart or a kustomization with the tool its users already have installed.
enum ManifestRenderer {
    enum Kind: String {
        case helm = "Chart.yaml"
        case kustomize = "kustomization.yaml"

        var tool: String { self == .helm ? "helm" : "kubectl" }
        var arguments: [String] { self == .helm ? ["template"] : ["kustomize"] }
        var command: String { self == .helm ? "helm template" : "kubectl kustomize" }
    }

    /// The chart or kustomization a directory holds, if any.
    static func kind(ofDirectory directory: String) -> Kind? {
        for kind in [Kind.helm, .kustomize] {
            if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(kind.rawValue)) {
                return kind
            }
        }
        let alternative = (directory as NSString).appendingPathComponent("kustomization.yml")
        return FileManager.default.fileExists(atPath: alternative) ? .kustomize : nil
    }

    /// The rendered manifests, or why they could not be rendered.
    static func render(_ directory: String, as kind: Kind) throws(ImportError) -> String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let executable = paths.map({ "\($0)/\(kind.tool)" }).first(where: FileManager.default.isExecutableFile)
        else {
            throw .renderFailed(
                path: directory,
                tool: kind.command,
                reason:
                    "\(kind.tool) is not installed; install it, or render the manifests yourself (`\(kind.command) \(directory) > rendered.yaml`) and import that file"
            )
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = kind.arguments + [directory]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .renderFailed(path: directory, tool: kind.command, reason: "\(error)")
        }
        // Read before waiting, so a large output cannot fill the pipe and block the tool.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .renderFailed(path: directory, tool: kind.command, reason: reason)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
