/// One file Architect writes into an output folder: a path relative to the folder, and its text.
public struct ReportFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
