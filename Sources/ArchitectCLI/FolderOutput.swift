import ArchitectureGenerators
import ArchitectureReport
import Foundation

/// Writes report files into a folder under the no-clobber rule (`FileWritePlan`): new files and
/// Architect's own untouched ones are written, edited ones kept unless `force`, each line printed.
enum FolderOutput {
    static func write(_ files: [GeneratedFile], to directory: String, force: Bool) throws {
        let root = URL(fileURLWithPath: directory)
        var kept: [String] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            let existing: String?
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    existing = try String(contentsOf: url, encoding: .utf8)
                } catch {
                    // Unreadable or not UTF-8: certainly not Architect's, so it is kept like an edited file.
                    existing = force ? nil : ""
                }
            } else {
                existing = nil
            }
            let plan = FileWritePlan.decide(existing: existing, new: file.contents, force: force)
            if plan.writes { try OutputFile.write(file.contents, to: file.path, under: root) }
            if plan == .keep { kept.append(url.path) }
            print("\(label(plan)) \(url.path)")
        }
        if !kept.isEmpty {
            FileHandle.standardError.write(
                Data(
                    "warning: kept \(kept.count) edited file(s) as they are; --force overwrites them\n".utf8
                )
            )
        }
    }

    private static func label(_ plan: FileWritePlan) -> String {
        switch plan {
        case .create: "created"
        case .unchanged: "unchanged"
        case .update: "updated"
        case .keep: "kept (edited)"
        case .overwrite: "overwritten"
        }
    }
}
