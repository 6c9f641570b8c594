package import ArchitectureModel

/// A Grafana dashboard per SLO workflow over the Sloth-named series the `slo` target records: SLI,
/// burn rate against the page and ticket factors, and error budget remaining.
package struct GrafanaDashboardGenerator: ArtifactGenerator {
    package static let target = "grafana"
    let configuration: GenerateConfiguration

    package init(configuration: GenerateConfiguration) { self.configuration = configuration }

    package func generate(_ model: SystemModel) -> Generation {
        let slo = SLOGenerator(configuration: configuration)
        let files = slo.objectives(model).map { objective in
            GeneratedFile(
                path: "grafana/\(objective.workflow.name).json",
                contents: dashboard(objective, slo: slo).serialized()
            )
        }
        return Generation(
            files: files,
            placeholders: files.isEmpty
                ? []
                : ["grafana: dashboards read the rules of the slo target; choose the Prometheus data source on import"]
        )
    }

    func dashboard(_ objective: SLOGenerator.Objective, slo: SLOGenerator) -> JSONValue {
        let ids = slo.selector(objective)
        let join = "\n" + slo.perErrorBudget(objective)
        let windows = configuration.alerts.map(\.longWindow).reduce(into: [TimeSpan]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        let burnTargets = windows.enumerated().map { index, window -> JSONValue in
            [
                "refId": .string(String(UnicodeScalar(UInt8(66 + index)))),
                "expr": .string("slo:sli_error:ratio_rate\(window)\(ids)\(join)"), "legendFormat": .string("\(window)"),
            ]
        }
        let period = configuration.sloWindow.description
        let panels: [JSONValue] = [
            panel(
                1,
                "stat",
                "Availability target",
                [0, 0, 6, 4],
                [["refId": "A", "expr": .string("slo:objective:ratio\(ids)")]],
                unit: "percentunit"
            ),
            panel(
                2,
                "stat",
                "SLI over \(period)",
                [6, 0, 6, 4],
                [["refId": "A", "expr": .string("1 - slo:sli_error:ratio_rate\(period)\(ids)")]],
                unit: "percentunit"
            ),
            panel(
                3,
                "gauge",
                "Error budget remaining (\(period))",
                [12, 0, 12, 4],
                [["refId": "A", "expr": .string("slo:period_error_budget_remaining:ratio\(ids)")]],
                unit: "percentunit"
            ),
            panel(
                4,
                "timeseries",
                "SLI (5m)",
                [0, 4, 12, 8],
                [
                    [
                        "refId": "A", "expr": .string("1 - slo:sli_error:ratio_rate5m\(ids)"),
                        "legendFormat": "availability",
                    ]
                ],
                unit: "percentunit"
            ),
            panel(
                5,
                "timeseries",
                "Burn rate (alert factors: \(configuration.alerts.map { "\($0.severity) \(YAMLRendering.number($0.factor))x" }.joined(separator: ", ")))",
                [12, 4, 12, 8],
                [["refId": "A", "expr": .string("slo:current_burn_rate:ratio\(ids)"), "legendFormat": "5m"]]
                    + burnTargets,
                unit: "short"
            ),
        ]
        return [
            "title": .string("\(objective.service) / \(objective.workflow.name) SLO"),
            "uid": .string(String("architect-\(objective.id)".prefix(40))),
            "tags": ["architect", "slo", .string(objective.service)],
            "timezone": "browser",
            "schemaVersion": 39,
            "editable": true,
            "time": ["from": "now-7d", "to": "now"],
            "templating": [
                "list": [
                    ["name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus"]
                ]
            ],
            "panels": .array(panels),
        ]
    }

    func panel(
        _ id: Int,
        _ type: String,
        _ title: String,
        _ grid: [Int],
        _ targets: [JSONValue],
        unit: String
    ) -> JSONValue {
        [
            "id": .int(id), "type": .string(type), "title": .string(title),
            "gridPos": ["x": .int(grid[0]), "y": .int(grid[1]), "w": .int(grid[2]), "h": .int(grid[3])],
            "datasource": ["type": "prometheus", "uid": "${datasource}"],
            "targets": .array(targets),
            "fieldConfig": ["defaults": ["unit": .string(unit)], "overrides": []],
        ]
    }
}
