import ArchitectureAnalysis
package import ArchitectureModel
import ArchitectureOutput
import Foundation

/// Per workflow with an availability target: Prometheus recording and multi-window, multi-burn-rate
/// alerting rules named as Sloth names them (`slo:sli_error:ratio_rate5m`, `sloth_*` labels), so Sloth's
/// dashboards work, plus the same SLOs as a Sloth spec and as OpenSLO documents.
package struct SLOGenerator: ArtifactGenerator {
    package static let target = "slo"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    /// One workflow's SLO, with the identifiers every output shares.
    package struct Objective: Sendable {
        package var workflow: Workflow
        package var target: Double
        package var service: String

        package var name: String { "\(workflow.name)-availability" }
        package var id: String { "\(service)-\(name)" }
        /// The error budget as a short decimal: `1 - 0.9995` in binary is 0.000499999…, which would move
        /// a burn of exactly 1x across the strict `>` of the alerts.
        package var errorBudget: Double { ((1 - target) * 1e12).rounded() / 1e12 }
        package var alertName: String {
            workflow.name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                + "ErrorBudgetBurn"
        }
    }

    package func objectives(_ model: SystemModel) -> [Objective] {
        model.workflows.compactMap { workflow in
            workflow.availability.map { Objective(workflow: workflow, target: $0, service: model.system.name) }
        }
    }

    package func generate(_ model: SystemModel) -> Generation {
        let objectives = objectives(model)
        var generation = Generation(warnings: warnings(model))
        guard !objectives.isEmpty else {
            generation.warnings.append("no workflow has an availability target: no SLO files")
            return generation
        }
        generation.files = [
            GeneratedFile(
                path: "slo/prometheus-rules.yaml",
                contents: YAMLRendering.render(["groups": .array(objectives.flatMap(ruleGroups))])
            ),
            GeneratedFile(path: "slo/sloth.yaml", contents: YAMLRendering.render(slothSpec(model, objectives))),
            GeneratedFile(path: "slo/openslo.yaml", contents: YAMLRendering.render(openSLO(model, objectives))),
        ]
        if configuration.isDefault(\.sliErrorQuery) {
            let entries = objectives.map(\.workflow.entry)
            let shared = Set(entries.filter { entry in entries.filter { $0 == entry }.count > 1 }).sorted()
            let sharing =
                shared.isEmpty
                ? ""
                : "; workflows entering at \(shared.joined(separator: ", ")) share one SLI until the queries use {workflow}"
            generation.placeholders.append(
                "slo: SLIs count Istio's istio_requests_total at each workflow's entry (--sli-error-query, --sli-total-query)\(sharing)"
            )
        }
        return generation
    }

    /// A target above what the hard dependencies deliver burns budget by design and pages for it.
    func warnings(_ model: SystemModel) -> [String] {
        // A model with too many zones for the exact analysis has no figures to compare with.
        guard let analyzer = try? Analyzer(model) else { return [] }
        return analyzer.analyze().workflows.compactMap { figures in
            guard let target = figures.availabilityTarget, figures.meetsAvailability == false else { return nil }
            return
                "\(figures.name): SLO target \(percent(target)) is above the \(percent(figures.availability)) its hard dependencies deliver (\(figures.hardDependencies.joined(separator: ", "))); its alerts will fire without an incident. Add replicas or zones, or lower the target"
        }
    }

    // MARK: Prometheus rules

    /// Every window a rule reads: 5m for the current burn rate, the alert windows, and the SLO window.
    func windows() -> [TimeSpan] {
        let alertWindows = configuration.alerts.flatMap { [$0.shortWindow, $0.longWindow] }
        return Array(Set([TimeSpan(seconds: 300)] + alertWindows)).sorted()
    }

    func labels(_ objective: Objective) -> [(String, JSONValue)] {
        [
            ("sloth_id", .string(objective.id)), ("sloth_service", .string(objective.service)),
            ("sloth_slo", .string(objective.name)),
        ]
    }

    func selector(_ objective: Objective) -> String {
        "{sloth_id=\"\(objective.id)\", sloth_service=\"\(objective.service)\", sloth_slo=\"\(objective.name)\"}"
    }

    /// Divides a ratio series by the SLO's error budget, giving a burn rate.
    func perErrorBudget(_ objective: Objective) -> String {
        "/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio\(selector(objective))\n"
    }

    func query(_ template: String, _ objective: Objective, window: String) -> String {
        template.replacingOccurrences(of: "{{.window}}", with: window)
            .replacingOccurrences(of: "{entry}", with: objective.workflow.entry)
            .replacingOccurrences(of: "{workflow}", with: objective.workflow.name)
    }

    func ruleGroups(_ objective: Objective) -> [JSONValue] {
        let period = configuration.sloWindow.description
        let ids = selector(objective)
        let sli = windows().map { window -> JSONValue in
            let errors = query(configuration.sliErrorQuery, objective, window: window.description)
            let total = query(configuration.sliTotalQuery, objective, window: window.description)
            return recording("slo:sli_error:ratio_rate\(window)", "(\(errors))\n/\n(\(total))\n", objective, window)
        }
        let periodRule = recording(
            "slo:sli_error:ratio_rate\(period)",
            "sum_over_time(slo:sli_error:ratio_rate5m\(ids)[\(period)])\n/ ignoring (sloth_window)\ncount_over_time(slo:sli_error:ratio_rate5m\(ids)[\(period)])\n",
            objective,
            configuration.sloWindow
        )
        let join = perErrorBudget(objective)
        let meta: [JSONValue] = [
            recording("slo:objective:ratio", "vector(\(YAMLRendering.number(objective.target)))", objective),
            recording("slo:error_budget:ratio", "vector(\(YAMLRendering.number(objective.errorBudget)))", objective),
            recording(
                "slo:time_period:days",
                "vector(\(YAMLRendering.number(configuration.sloWindow.seconds / 86_400)))",
                objective
            ),
            recording("slo:current_burn_rate:ratio", "slo:sli_error:ratio_rate5m\(ids)\n\(join)", objective),
            recording("slo:period_burn_rate:ratio", "slo:sli_error:ratio_rate\(period)\(ids)\n\(join)", objective),
            recording("slo:period_error_budget_remaining:ratio", "1 - slo:period_burn_rate:ratio\(ids)", objective),
            .object([
                ("record", "sloth_slo_info"), ("expr", "vector(1)"),
                (
                    "labels",
                    .object(
                        labels(objective) + [
                            ("sloth_mode", "cli-gen-prom"),
                            ("sloth_objective", .string(YAMLRendering.number(objective.target * 100))),
                            ("sloth_spec", "prometheus/v1"), ("sloth_version", "architect"),
                        ]
                    )
                ),
            ]),
        ]
        return [
            ["name": .string("sloth-slo-sli-recordings-\(objective.id)"), "rules": .array(sli + [periodRule])],
            ["name": .string("sloth-slo-meta-recordings-\(objective.id)"), "rules": .array(meta)],
            ["name": .string("sloth-slo-alerts-\(objective.id)"), "rules": .array(alerts(objective))],
        ]
    }

    func recording(
        _ record: String,
        _ expression: String,
        _ objective: Objective,
        _ window: TimeSpan? = nil
    ) -> JSONValue {
        let windowLabel = window.map { [("sloth_window", JSONValue.string($0.description))] } ?? []
        return .object([
            ("record", .string(record)), ("expr", .string(expression)),
            ("labels", .object(labels(objective) + windowLabel)),
        ])
    }

    /// One alert per severity, firing when any of its rows burns over both of its windows.
    func alerts(_ objective: Objective) -> [JSONValue] {
        let ids = selector(objective)
        let budget = YAMLRendering.number(objective.errorBudget)
        var severities: [String] = []
        for alert in configuration.alerts where !severities.contains(alert.severity) {
            severities.append(alert.severity)
        }
        return severities.map { severity in
            let rows = configuration.alerts.filter { $0.severity == severity }.map { alert in
                let threshold = "(\(YAMLRendering.number(alert.factor)) * \(budget))"
                return [alert.shortWindow, alert.longWindow].map {
                    "    max(slo:sli_error:ratio_rate\($0)\(ids) > \(threshold)) without (sloth_window)"
                }.joined(separator: "\n    and\n")
            }
            let expression = rows.map { "(\n\($0)\n)" }.joined(separator: "\nor\n") + "\n"
            let name = severity.prefix(1).uppercased() + severity.dropFirst()
            return [
                "alert": .string("\(objective.alertName)\(name)"),
                "expr": .string(expression),
                "labels": [
                    "sloth_severity": .string(severity), "severity": .string(severity),
                    "workflow": .string(objective.workflow.name),
                ],
                "annotations": [
                    "title": .string("(\(severity)) \(objective.workflow.name): error budget burn rate is too high"),
                    "summary": .string(
                        "\(objective.workflow.name) (entry \(objective.workflow.entry)) is spending its \(percent(objective.target)) availability budget too fast"
                    ),
                ],
            ]
        }
    }

    // MARK: Sloth and OpenSLO

    func slothSpec(_ model: SystemModel, _ objectives: [Objective]) -> JSONValue {
        [
            "version": "prometheus/v1",
            "service": .string(model.system.name),
            "slos": .array(
                objectives.map { objective in
                    [
                        "name": .string(objective.name),
                        "objective": .number(objective.target * 100),
                        "description": .string(
                            "\(objective.workflow.name) requests that succeed, measured at \(objective.workflow.entry)"
                        ),
                        "sli": [
                            "events": [
                                "error_query": .string(
                                    query(configuration.sliErrorQuery, objective, window: "{{.window}}")
                                ),
                                "total_query": .string(
                                    query(configuration.sliTotalQuery, objective, window: "{{.window}}")
                                ),
                            ]
                        ],
                        "alerting": [
                            "name": .string(objective.alertName),
                            "labels": ["workflow": .string(objective.workflow.name)],
                            "page_alert": ["labels": ["severity": "page"]],
                            "ticket_alert": ["labels": ["severity": "ticket"]],
                        ],
                    ]
                }
            ),
        ]
    }

    func openSLO(_ model: SystemModel, _ objectives: [Objective]) -> [JSONValue] {
        let service: JSONValue = [
            "apiVersion": "openslo/v1", "kind": "Service",
            "metadata": ["name": .string(model.system.name)],
            "spec": ["description": .string(model.system.description ?? model.system.name)],
        ]
        return [service]
            + objectives.map { objective in
                let source = { (template: String) -> JSONValue in
                    [
                        "metricSource": [
                            "type": "Prometheus",
                            "spec": ["query": .string(query(template, objective, window: "5m"))],
                        ]
                    ]
                }
                return [
                    "apiVersion": "openslo/v1", "kind": "SLO",
                    "metadata": [
                        "name": .string(objective.name),
                        "displayName": .string("\(objective.workflow.name) availability"),
                    ],
                    "spec": [
                        "description": .string(
                            "\(objective.workflow.name) requests that succeed, measured at \(objective.workflow.entry)"
                        ),
                        "service": .string(model.system.name),
                        "indicator": [
                            "metadata": ["name": .string("\(objective.name)-sli")],
                            "spec": [
                                "ratioMetric": [
                                    "counter": false, "bad": source(configuration.sliErrorQuery),
                                    "total": source(configuration.sliTotalQuery),
                                ]
                            ],
                        ],
                        "timeWindow": [["duration": .string(configuration.sloWindow.description), "isRolling": true]],
                        "budgetingMethod": "Occurrences",
                        "objectives": [
                            ["displayName": .string(percent(objective.target)), "target": .number(objective.target)]
                        ],
                    ],
                ]
            }
    }

    /// `99.95%`: up to four decimals, trailing zeros dropped.
    func percent(_ ratio: Double) -> String { NumberText.plain(ratio * 100, places: 4) + "%" }
}
