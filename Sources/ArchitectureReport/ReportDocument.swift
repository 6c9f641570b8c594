/// The report as content, before any format: sections of blocks that the HTML and Markdown renderers
/// both draw, so the two formats show the same figures.
public struct ReportDocument: Sendable {
    public var title: String
    /// One line under the title: what the system is.
    public var subtitle: String?
    /// Facts about the run: model, date, targets.
    public var facts: [(label: String, value: String)]
    public var sections: [ReportSection]
}

public struct ReportSection: Sendable {
    /// The anchor, unique in the document: `scorecard`, `workflows`, …
    public var id: String
    public var title: String
    public var blocks: [ReportBlock]
}

/// Whether a figure meets its target: drawn as a colour and, for readers without colour, a word and a sign.
public enum ReportStatus: String, Sendable {
    case good, warning, bad, neutral

    var sign: String {
        switch self {
        case .good: "✓"
        case .warning: "!"
        case .bad: "✗"
        case .neutral: "·"
        }
    }
}

/// A run of text inside a paragraph or a table cell.
public enum ReportSpan: Sendable {
    case text(String)
    case code(String)
    case strong(String)
    /// A status badge: `✓ meets`.
    case status(ReportStatus, String)
}

public struct ReportTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var columns: [(title: String, alignment: Alignment)]
    public var rows: [[[ReportSpan]]]
    /// A caption under the table, for what the columns mean.
    public var caption: String?
}

/// One scorecard tile: a headline figure with its status.
public struct ReportCard: Sendable {
    public var title: String
    public var value: String
    public var status: ReportStatus
    public var detail: String
}

public indirect enum ReportBlock: Sendable {
    case paragraph([ReportSpan])
    case bullets([[ReportSpan]])
    case table(ReportTable)
    case cards([ReportCard])
    /// A Mermaid diagram: its file name (without extension) in the Markdown folder, a title, its source.
    case diagram(name: String, title: String, source: String)
    case chart(BarChart)
    case decision(DecisionRecord)
    /// A titled group inside a section, with its own anchor.
    case subsection(id: String, title: String, blocks: [ReportBlock])
}

extension ReportSpan {
    static func texts(_ parts: String...) -> [ReportSpan] { parts.map { .text($0) } }
}
