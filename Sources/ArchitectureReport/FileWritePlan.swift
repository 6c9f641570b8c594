/// What to do with one output file so that nothing a person wrote is lost (the no-clobber rule).
public enum FileWritePlan: Sendable, Hashable {
    /// The file does not exist yet.
    case create
    /// The file holds exactly what Architect would write now.
    case unchanged
    /// The file is Architect's own earlier output (its checksum matches), so it is replaced.
    case update
    /// The file was edited by a person or not written by Architect: it is kept.
    case keep
    /// As `keep`, but `--force` replaces it.
    case overwrite

    /// Decides from the file's current text (nil when absent) and the text Architect would write.
    public static func decide(existing: String?, new: String, force: Bool) -> FileWritePlan {
        guard let existing else { return .create }
        if existing == new { return .unchanged }
        if GeneratedMarker.isUntouched(existing) { return .update }
        return force ? .overwrite : .keep
    }

    /// Whether the file gets written.
    public var writes: Bool {
        switch self {
        case .create, .update, .overwrite: true
        case .unchanged, .keep: false
        }
    }
}
