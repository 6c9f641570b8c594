import ArchitectTestSupport
import Foundation
import Testing

@testable import ArchitectMCP

/// Nothing outside the root: `..`, absolute paths and symlinks (to files and to directories) that lead
/// out are refused, as are missing files outside; files inside, through in-root symlinks too, resolve.
@Suite struct RootDirectoryTests {
    let base: URL
    let root: RootDirectory

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("architect-root-\(UUID().uuidString)")
        let inside = base.appendingPathComponent("root")
        try FileManager.default.createDirectory(
            at: inside.appendingPathComponent("models"),
            withIntermediateDirectories: true
        )
        try Data("inside".utf8).write(to: inside.appendingPathComponent("models/a.yaml"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.yaml"))
        let files = FileManager.default
        try files.createSymbolicLink(
            atPath: inside.appendingPathComponent("out.yaml").path,
            withDestinationPath: base.appendingPathComponent("secret.yaml").path
        )
        try files.createSymbolicLink(atPath: inside.appendingPathComponent("up").path, withDestinationPath: "..")
        try files.createSymbolicLink(
            atPath: inside.appendingPathComponent("in.yaml").path,
            withDestinationPath: "models/a.yaml"
        )
        root = try RootDirectory(inside.path)
    }

    @Test(arguments: [
        "../secret.yaml", "models/../../secret.yaml", "out.yaml", "up/secret.yaml", "up/root/../secret.yaml",
        "/etc/passwd", "../absent.yaml", "/nowhere/x.yaml",
    ])
    func refusesPathsLeadingOut(_ path: String) {
        defer { try? FileManager.default.removeItem(at: base) }
        #expect {
            _ = try root.resolve(path)
        } throws: { error in
            guard case .outsideRoot = error as? ToolError else { return false }
            return true
        }
    }

    @Test(arguments: ["models/a.yaml", "in.yaml", "./models/../models/a.yaml", "up/root/models/a.yaml"])
    func resolvesPathsInside(_ path: String) throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let real = try root.resolve(path)
        #expect(real == root.path + "/models/a.yaml")
    }

    @Test func aMissingFileInsideIsReportedAsMissing() {
        defer { try? FileManager.default.removeItem(at: base) }
        #expect {
            _ = try root.resolve("models/b.yaml")
        } throws: { error in
            guard case .unreadable(_, let reason) = error as? ToolError else { return false }
            return reason == "no such file"
        }
    }
}
