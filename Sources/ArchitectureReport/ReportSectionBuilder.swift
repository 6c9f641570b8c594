import ArchitectureAnalysis
import ArchitectureAssessment
import ArchitectureModel
import ArchitectureOutput
import ArchitectureReview

/// Builds each report section from the assessment: the analysis and review figures, formatted.
struct ReportSectionBuilder {
    let assessment: Assessment
    let diagrams: ReportDiagrams

    var analysis: AnalysisReport { assessment.analysis }

    func scorecard() -> ReportSection {
        let workflows = analysis.workflows
        let targeted = workflows.filter { $0.meetsAvailability != nil }
        let meeting = targeted.filter { $0.meetsAvailability == true }.count
        let summary = assessment.review.summary
        var cards = [
            ReportCard(
                title: "Availability",
                value: targeted.isEmpty ? "no target" : "\(meeting) of \(targeted.count) meet",
                status: targeted.isEmpty ? .neutral : meeting == targeted.count ? .good : .bad,
                detail: "workflows at or above their availability target"
            ),
            ReportCard(
                title: "Findings",
                value: "\(Wording.count(summary.error, "error")), \(Wording.count(summary.warning, "warning"))",
                status: summary.error > 0 ? .bad : summary.warning > 0 ? .warning : .good,
                detail:
                    "\(summary.info) info, \(summary.waived) waived; "
                    + Wording.count(assessment.risks.open.filter { $0.level == .critical }.count, "critical open risk")
            ),
        ]
        if let first = analysis.firstToSaturate {
            let multiple = first.multipleOfPeak
            cards.append(
                ReportCard(
                    title: "Capacity headroom",
                    value: "\(NumberText.decimal(multiple, decimals: 2))x peak",
                    status: multiple <= 1 ? .bad : multiple < analysis.growth ? .warning : .good,
                    detail: "\(first.component) saturates first; growth planned \(NumberText.decimal(analysis.growth))x"
                )
            )
        } else {
            cards.append(
                ReportCard(
                    title: "Capacity headroom",
                    value: "unknown",
                    status: .neutral,
                    detail: "no component declares a service time"
                )
            )
        }
        let cost = analysis.cost
        cards.append(
            ReportCard(
                title: "Cost",
                value: "\(NumberText.money(cost.monthly)) / month",
                status: cost.withinBudget.map { $0 ? .good : .bad } ?? .neutral,
                detail: (cost.budgetMonthly.map { "budget \(NumberText.money($0)); " } ?? "no budget; ")
                    + "\(NumberText.money(cost.monthlyAtGrowth)) at \(NumberText.decimal(analysis.growth))x growth"
            )
        )
        var table = ReportTable(
            columns: [
                ("workflow", .left), ("availability", .right), ("target", .right), ("status", .left),
                ("downtime min/month", .right), ("error budget min/month", .right), ("mean latency", .right),
                ("p99 target", .right),
            ],
            rows: [],
            caption: "Availability over replica and zone failures; downtime and error budget in a 30-day month."
        )
        for workflow in workflows {
            table.rows.append([
                [.code(workflow.name)], [.text(NumberText.percent(workflow.availability))],
                [.text(workflow.availabilityTarget.map { NumberText.percent($0) } ?? "–")],
                [Self.meets(workflow.meetsAvailability)],
                [.text(NumberText.decimal(workflow.downtimeMinutesPerMonth, decimals: 2))],
                [.text(workflow.errorBudgetMinutesPerMonth.map { NumberText.decimal($0, decimals: 2) } ?? "–")],
                [Self.latency(workflow)], [.text(workflow.latencyP99TargetMS.map(Self.milliseconds) ?? "–")],
            ])
        }
        var blocks: [ReportBlock] = [.cards(cards)]
        blocks.append(table.rows.isEmpty ? .paragraph([.text("The model declares no workflows.")]) : .table(table))
        let worst = assessment.risks.open.prefix(5)
        if !worst.isEmpty {
            var risks = ReportTable(
                columns: [("risk", .left), ("level", .left), ("finding", .left), ("fix", .left)],
                rows: [],
                caption: "The five highest open risks; the risk register below lists them all."
            )
            for risk in worst {
                risks.rows.append([
                    [.strong(risk.id)], [Self.level(risk)],
                    [.code(risk.finding.target), .text(": " + risk.finding.message)], [.text(risk.mitigation)],
                ])
            }
            blocks += [.subsection(id: "worst-findings", title: "Worst findings", blocks: [.table(risks)])]
        }
        return ReportSection(id: "scorecard", title: "Scorecard", blocks: blocks)
    }

    func architecture() -> ReportSection {
        guard !diagrams.architecture.isEmpty else {
            return ReportSection(
                id: "architecture",
                title: "Architecture",
                blocks: [.paragraph([.text("No diagrams were rendered for this report.")])]
            )
        }
        return ReportSection(
            id: "architecture",
            title: "Architecture",
            blocks: diagrams.architecture.map { .diagram(name: $0.name, title: $0.title, source: $0.source) }
        )
    }

    func workflows() -> ReportSection {
        var blocks: [ReportBlock] = []
        let declared = Dictionary(
            assessment.model.workflows.map { ($0.name, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        for figures in analysis.workflows {
            var content: [ReportBlock] = []
            if let description = declared[figures.name]?.description {
                content.append(.paragraph([.text(description)]))
            }
            var table = ReportTable(columns: [("figure", .left), ("value", .left)], rows: [], caption: nil)
            let row = { (name: String, value: [ReportSpan]) in table.rows.append([[.text(name)], value]) }
            row("entry", [.code(figures.entry)])
            row(
                "load at peak",
                [.text(figures.loadRPS.map { "\(NumberText.decimal($0)) requests/s" } ?? "– (call cycle)")]
            )
            row(
                "availability",
                [.text(NumberText.percent(figures.availability) + " "), Self.meets(figures.meetsAvailability)]
                    + (figures.availabilityTarget.map { [.text(" target \(NumberText.percent($0))")] } ?? [])
            )
            row("downtime", [.text("\(NumberText.decimal(figures.downtimeMinutesPerMonth, decimals: 2)) min/month")])
            if let budget = figures.errorBudgetMinutesPerMonth {
                row("error budget", [.text("\(NumberText.decimal(budget, decimals: 2)) min/month")])
            }
            row(
                "mean latency",
                [Self.latency(figures)]
                    + (figures.latencyP99TargetMS.map { [.text(" p99 target \(Self.milliseconds($0))")] } ?? [])
            )
            if let attempts = figures.maxAttempts { row("most attempts on one path", [.text(String(attempts))]) }
            if let path = figures.criticalPath { row("critical path", [.code(path.joined(separator: " → "))]) }
            if let path = figures.worstRetryPath, path.count > 1 {
                row("worst retry path", [.code(path.joined(separator: " → "))])
            }
            row("hard dependencies", [.text(Wording.list(figures.hardDependencies, limit: 12))])
            content.append(.table(table))
            if !figures.largestLosses.isEmpty {
                content.append(.paragraph([.strong("Where availability is lost")]))
                content.append(
                    .bullets(
                        figures.largestLosses.map { loss in
                            [
                                .code(loss.component),
                                .text(
                                    " costs \(NumberText.percent(loss.loss)); one more replica gains "
                                        + NumberText.percent(loss.gainFromOneMoreReplica)
                                ),
                            ]
                        }
                    )
                )
            }
            if let cycle = figures.cycle {
                content.append(
                    .paragraph([.status(.bad, "synchronous call cycle"), .code(cycle.joined(separator: " → "))])
                )
            }
            if let diagram = diagrams.sequences[figures.name] {
                content.append(.diagram(name: diagram.name, title: diagram.title, source: diagram.source))
            }
            blocks.append(.subsection(id: "workflow-\(figures.name)", title: figures.name, blocks: content))
        }
        if blocks.isEmpty { blocks = [.paragraph([.text("The model declares no workflows.")])] }
        return ReportSection(id: "workflows", title: "Workflows", blocks: blocks)
    }

    static func meets(_ meets: Bool?) -> ReportSpan {
        switch meets {
        case true: .status(.good, "meets")
        case false: .status(.bad, "misses")
        case nil: .status(.neutral, "no target")
        }
    }

    static func latency(_ workflow: WorkflowFigures) -> ReportSpan {
        guard let mean = workflow.meanLatencyMS else { return .text("–") }
        if let target = workflow.latencyP99TargetMS, mean > target {
            return .status(.bad, "\(milliseconds(mean)) over target")
        }
        return .text(milliseconds(mean))
    }

    static func level(_ risk: Risk) -> ReportSpan {
        let status: ReportStatus =
            switch risk.level {
            case .critical, .high: .bad
            case .medium: .warning
            case .low: .neutral
            }
        return .status(status, "\(risk.level.rawValue) \(risk.score)")
    }

    static func milliseconds(_ value: Double) -> String { NumberText.milliseconds(value, decimals: 1) }

}
