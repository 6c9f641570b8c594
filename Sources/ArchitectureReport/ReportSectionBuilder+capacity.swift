import ArchitectureAnalysis
import ArchitectureAssessment
import ArchitectureOutput
import ArchitectureReview

extension ReportSectionBuilder {
    func availability() -> ReportSection {
        let workflows = analysis.workflows
        guard !workflows.isEmpty else {
            return ReportSection(
                id: "availability",
                title: "Availability",
                blocks: [.paragraph([.text("No workflows.")])]
            )
        }
        let chart = BarChart(
            id: "chart-availability",
            title: "Expected downtime per workflow against its error budget (minutes per 30-day month)",
            axisLabel: "downtime, minutes per month",
            series: ["expected downtime"],
            groups: workflows.map { workflow in
                BarChart.Group(
                    label: workflow.name,
                    bars: [
                        BarChart.Bar(
                            value: workflow.downtimeMinutesPerMonth,
                            label: "\(NumberText.decimal(workflow.downtimeMinutesPerMonth, decimals: 2)) min",
                            status: workflow.meetsAvailability == false ? .bad : .good
                        )
                    ],
                    marker: workflow.errorBudgetMinutesPerMonth
                )
            },
            reference: nil,
            markerLabel: "error budget",
            cap: nil
        )
        return ReportSection(
            id: "availability",
            title: "Availability",
            blocks: [
                .paragraph([
                    .text(
                        "A bar past its workflow's error-budget mark misses the availability target. Availability "
                            + "depends on replicas and zones, not on load, so it is the same at "
                            + "\(NumberText.decimal(analysis.growth))x growth as today."
                    )
                ]),
                .chart(chart),
            ]
        )
    }

    func capacity() -> ReportSection {
        let growth = assessment.analysisAtGrowth
        let atGrowth = Dictionary(growth.components.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let measured = analysis.components.filter { $0.utilization != nil && $0.loadRPS > 0 }
        guard !measured.isEmpty else {
            return ReportSection(
                id: "capacity",
                title: "Capacity",
                blocks: [
                    .paragraph([
                        .text("No component with load declares a service time, so there are no utilization figures.")
                    ])
                ]
            )
        }
        let growthName = "at \(NumberText.decimal(analysis.growth))x growth"
        let bar = { (utilization: Double?) -> BarChart.Bar? in
            guard let utilization else { return nil }
            return BarChart.Bar(
                value: utilization * 100,
                label: "\(NumberText.decimal(utilization * 100, decimals: 1))%",
                status: utilization >= 1 ? .bad : .good
            )
        }
        let chart = BarChart(
            id: "chart-capacity",
            title: "Utilization per component at today's peak and \(growthName), with today's replicas",
            axisLabel: "utilization, % of workers busy (cut at 200%)",
            series: ["today's peak", growthName],
            groups: measured.map { component in
                BarChart.Group(
                    label: component.name,
                    bars: [bar(component.utilization), bar(atGrowth[component.name]?.utilization)],
                    marker: nil
                )
            },
            reference: (100, "saturated (100%)"),
            markerLabel: nil,
            cap: 200
        )
        var table = ReportTable(
            columns: [
                ("component", .left), ("replicas", .right), ("load now", .right), ("utilization now", .right),
                ("mean response", .right), ("load \(growthName)", .right), ("utilization \(growthName)", .right),
            ],
            rows: [],
            caption: "Load in requests per second; M/M/c queueing per component (docs/analysis.md)."
        )
        for component in measured {
            let grown = atGrowth[component.name]
            table.rows.append([
                [.code(component.name)], [.text(String(component.replicas))],
                [.text(NumberText.decimal(component.loadRPS, decimals: 1))], [Self.utilization(component.utilization)],
                [
                    component.saturated == true
                        ? .status(.bad, "saturated") : .text(component.meanResponseMS.map(Self.milliseconds) ?? "–")
                ],
                [.text(grown.map { NumberText.decimal($0.loadRPS, decimals: 1) } ?? "–")],
                [Self.utilization(grown?.utilization)],
            ])
        }
        return ReportSection(id: "capacity", title: "Capacity", blocks: [.chart(chart), .table(table)])
    }

    func scalability() -> ReportSection {
        let growth = NumberText.decimal(analysis.growth)
        var blocks: [ReportBlock] = []
        var summary: [ReportSpan] = [
            .text(
                "At \(growth)x today's peak, \(NumberText.decimal(assessment.analysisAtGrowth.peakRPS)) requests/s: "
            )
        ]
        if let first = analysis.firstToSaturate {
            let multiple = first.multipleOfPeak
            summary += [
                .code(first.component), .text(" saturates first, at "),
                .status(
                    multiple <= 1 ? .bad : multiple < analysis.growth ? .warning : .good,
                    "\(NumberText.decimal(multiple, decimals: 2))x peak"
                ),
                .text(". "),
            ]
        }
        let saturated = assessment.analysisAtGrowth.components.filter { $0.saturated == true }.map(\.name)
        summary.append(
            saturated.isEmpty
                ? .text("No component saturates with today's replicas.")
                : .text("With today's replicas \(Wording.list(saturated, limit: 12)) saturate.")
        )
        blocks.append(.paragraph(summary))
        var table = ReportTable(
            columns: [
                ("component", .left), ("replicas now", .right), ("needed now", .right),
                ("needed at \(growth)x", .right),
                ("cost per replica", .right),
            ],
            rows: [],
            caption:
                "Replicas needed to stay under each component's target utilization (autoscale target, default 70%)."
        )
        for component in analysis.components where component.replicasNeededAtGrowth != nil {
            let needed = component.replicasNeededAtGrowth ?? 0
            table.rows.append([
                [.code(component.name)], [.text(String(component.replicas))],
                [.text(component.replicasNeeded.map(String.init) ?? "–")],
                [needed > component.replicas ? .status(.warning, String(needed)) : .text(String(needed))],
                [.text(component.costPerReplica.map { NumberText.money($0) } ?? "–")],
            ])
        }
        if !table.rows.isEmpty { blocks.append(.table(table)) }
        let cost = analysis.cost
        var costLine: [ReportSpan] = [
            .text("Monthly cost today \(NumberText.money(cost.monthly)); with the replicas needed at \(growth)x "),
            .strong(NumberText.money(cost.monthlyAtGrowth)),
        ]
        if let budget = cost.budgetMonthly {
            costLine += [
                .text(" against a budget of \(NumberText.money(budget)) "),
                cost.monthlyAtGrowth <= budget
                    ? .status(.good, "within budget") : .status(.warning, "over budget at growth"),
            ]
        }
        blocks.append(.paragraph(costLine))
        return ReportSection(id: "scalability", title: "Scalability at \(growth)x", blocks: blocks)
    }

    func zoneOutages() -> ReportSection {
        var table = ReportTable(
            columns: [
                ("zone down", .left), ("workflows that fail", .left), ("each workflow's availability then", .left),
            ],
            rows: [],
            caption: "Blast radius of one zone outage: a workflow fails when a hard dependency has no replica left."
        )
        for outage in analysis.zoneOutages {
            let down: [ReportSpan] =
                outage.workflowsDown.isEmpty
                ? [.status(.good, "none")] : [.status(.bad, Wording.list(outage.workflowsDown, limit: 12))]
            let availability = outage.workflowAvailability.map {
                "\($0.workflow) \(NumberText.percent($0.availability))"
            }
            table.rows.append([[.code(outage.zone)], down, [.text(availability.joined(separator: ", "))]])
        }
        let blocks: [ReportBlock] =
            table.rows.isEmpty ? [.paragraph([.text("The model declares no zones.")])] : [.table(table)]
        return ReportSection(id: "zones", title: "Zone outages", blocks: blocks)
    }

    static func utilization(_ value: Double?) -> ReportSpan {
        guard let value else { return .text("–") }
        let text = "\(NumberText.decimal(value * 100, decimals: 1))%"
        return value >= 1 ? .status(.bad, text) : .text(text)
    }
}
