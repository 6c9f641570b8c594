import ArchitectureAssessment
import ArchitectureModel
import ArchitectureReview

extension ReportSectionBuilder {
    func findings() -> ReportSection {
        let summary = assessment.review.summary
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "\(Wording.count(summary.error, "error")), \(Wording.count(summary.warning, "warning")), "
                        + "\(summary.info) info and \(summary.waived) waived, from the rule catalog of "
                ),
                .code("architect review"), .text("."),
            ])
        ]
        for severity in Severity.allCases {
            let group = assessment.review.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            var table = ReportTable(
                columns: [("rule", .left), ("target", .left), ("finding", .left), ("fix", .left)],
                rows: [],
                caption: nil
            )
            for finding in group {
                var message: [ReportSpan] = [.text(finding.message)]
                if let location = finding.location { message.append(.text(" (\(location.file):\(location.line))")) }
                if let waiver = finding.waiver {
                    message += [.text(" "), .status(.neutral, "waived"), .text(" \(waiver)")]
                }
                table.rows.append([[.code(finding.rule)], [.code(finding.target)], message, [.text(finding.fix)]])
            }
            let status: ReportStatus =
                switch severity {
                case .error: .bad
                case .warning: .warning
                case .info: .neutral
                }
            blocks.append(
                .subsection(
                    id: "findings-\(severity.rawValue)",
                    title: "\(Self.title(severity)) (\(group.count))",
                    blocks: [.paragraph([.status(status, severity.rawValue)]), .table(table)]
                )
            )
        }
        if assessment.review.findings.isEmpty { blocks.append(.paragraph([.status(.good, "No findings.")])) }
        return ReportSection(id: "findings", title: "Findings and fixes", blocks: blocks)
    }

    func risks() -> ReportSection {
        let register = assessment.risks
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    RiskRegisterRenderer.summary(register) + ". Score = likelihood x impact, each 1–5: low 1–4, "
                        + "medium 5–9, high 10–14, critical 15–25; docs/report.md defines the scales."
                )
            ])
        ]
        var table = ReportTable(
            columns: [
                ("id", .left), ("level", .left), ("likelihood x impact", .left), ("risk", .left), ("owner", .left),
                ("mitigation", .left), ("status", .left),
            ],
            rows: [],
            caption: nil
        )
        for risk in register.risks {
            table.rows.append([
                [.strong(risk.id)], [Self.level(risk)],
                [.text("\(risk.likelihood) x \(risk.impact): \(risk.likelihoodBasis); \(risk.impactBasis)")],
                [
                    .code(risk.finding.rule), .text(" on "), .code(risk.finding.target),
                    .text(": \(risk.finding.message)"),
                ],
                [.text(risk.owner ?? "unassigned")], [.text(risk.mitigation)],
                Self.status(risk.status),
            ])
        }
        if !table.rows.isEmpty { blocks.append(.table(table)) }
        return ReportSection(id: "risks", title: "Risk register", blocks: blocks)
    }

    func decisions() -> ReportSection {
        let records = assessment.decisionRecords(propose: true)
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "The model's decisions, and proposals drafted from the highest open risks (status proposed); "
                ),
                .code("architect adr --propose"), .text(" writes them as MADR files."),
            ])
        ]
        blocks += records.map { .decision($0) }
        if records.isEmpty { blocks.append(.paragraph([.text("The model records no decisions.")])) }
        return ReportSection(id: "decisions", title: "Decisions", blocks: blocks)
    }

    /// `open`, or `accepted` with the waiver's reason and expiry beside the badge.
    static func status(_ status: Risk.Status) -> [ReportSpan] {
        switch status {
        case .open: [.status(.warning, "open")]
        case .accepted(let reason, let expires):
            [.status(.neutral, "accepted"), .text(" \(reason)" + (expires.map { " (until \($0))" } ?? " (no expiry)"))]
        }
    }

    static func title(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }
}
