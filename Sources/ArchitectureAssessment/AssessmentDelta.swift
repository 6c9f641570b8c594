public import ArchitectureAnalysis
public import ArchitectureReview

/// What a change to a model does: the findings it adds, removes and changes, each workflow's
/// figures before and after, and every analysis figure that moved. The MCP `what_if` tool reports it.
public struct AssessmentDelta: Sendable {
    public struct ChangedFinding: Sendable {
        public var before: Finding
        public var after: Finding
    }

    /// A workflow of either side; nil on the side that has no figures for it.
    public struct Workflow: Sendable {
        public var name: String
        public var before: WorkflowFigures?
        public var after: WorkflowFigures?
    }

    public var added: [Finding] = []
    public var removed: [Finding] = []
    public var changed: [ChangedFinding] = []
    public var summaryBefore: ReviewReport.Summary
    public var summaryAfter: ReviewReport.Summary
    /// The workflows of `before`, then those only `after` has.
    public var workflows: [Workflow]
    /// Every figure of the analysis (its JSON form, format 1) that differs, such as
    /// `workflows[checkout].availability`.
    public var numbers: [JSONDifference.Change]

    public init(from before: Assessment, to after: Assessment) {
        summaryBefore = before.review.summary
        summaryAfter = after.review.summary
        let old = Self.byID(before.review.findings)
        let new = Self.byID(after.review.findings)
        // Findings are matched by id (rule:target); several with one id pair up in order. A finding
        // whose location alone moved did not change: locations move whenever the file is rewritten.
        for id in Set(old.keys).union(new.keys).sorted() {
            let was = old[id] ?? []
            let now = new[id] ?? []
            for (first, second) in zip(was, now) where !Self.sameExceptLocation(first, second) {
                changed.append(ChangedFinding(before: first, after: second))
            }
            removed += was.dropFirst(now.count)
            added += now.dropFirst(was.count)
        }
        let oldWorkflows = before.analysis.workflows
        let newWorkflows = after.analysis.workflows
        let names =
            oldWorkflows.map(\.name)
            + newWorkflows.map(\.name).filter { name in !oldWorkflows.contains { $0.name == name } }
        workflows = names.map { name in
            Workflow(
                name: name,
                before: oldWorkflows.first { $0.name == name },
                after: newWorkflows.first { $0.name == name }
            )
        }
        numbers = JSONDifference.changes(from: before.analysis.json, to: after.analysis.json)
    }

    private static func byID(_ findings: [Finding]) -> [String: [Finding]] {
        var grouped: [String: [Finding]] = [:]
        for finding in findings { grouped[finding.id, default: []].append(finding) }
        return grouped
    }

    private static func sameExceptLocation(_ first: Finding, _ second: Finding) -> Bool {
        first.rule == second.rule && first.severity == second.severity && first.target == second.target
            && first.message == second.message && first.fix == second.fix && first.waiver == second.waiver
    }
}
