public import ArchitectureAnalysis
public import ArchitectureModel

/// Runs the rule catalog over a model: model rules, then waivers, then the waiver rules.
public enum Reviewer {
    /// Reviews a model on its own: derives its graph and analysis first. A caller that has them
    /// (an `Assessment`) passes them to the other overload instead.
    /// - Parameter today: the date waivers expire against (`--today`, for reproducible CI).
    public static func review(
        _ model: SystemModel,
        configuration: ReviewConfiguration = ReviewConfiguration(),
        today: CalendarDate
    ) -> ReviewReport {
        let graph = ModelGraph(model)
        // The analysis fails only for more zones than exact availability supports; the structural
        // rules still run then.
        let analysis = (try? Analyzer(graph))?.analyze()
        return review(graph, analysis: analysis, configuration: configuration, today: today)
    }

    /// - Parameters:
    ///   - analysis: the analysis of `graph`'s model at today's peak; nil when it cannot be computed,
    ///     which silences the rules that read figures.
    ///   - today: the date waivers expire against (`--today`, for reproducible CI).
    public static func review(
        _ graph: ModelGraph,
        analysis: AnalysisReport?,
        configuration: ReviewConfiguration = ReviewConfiguration(),
        today: CalendarDate
    ) -> ReviewReport {
        let model = graph.model
        var context = ReviewContext(graph, analysis: analysis, today: today)
        let active = RuleCatalog.rules.filter { configuration.runs($0.id) }
        var findings = run(active.filter { $0.phase == .model }, in: context, configuration: configuration)
        context.waiverStatuses = applyWaivers(model.waivers, to: &findings, today: today, configuration: configuration)
        findings += run(active.filter { $0.phase == .waivers }, in: context, configuration: configuration)
        return ReviewReport(system: model.system.name, findings: findings)
    }

    private static func run(
        _ rules: [any Rule],
        in context: ReviewContext,
        configuration: ReviewConfiguration
    ) -> [Finding] {
        // Rules are independent of each other: checked on every core, reported in catalog order.
        rules.concurrentMap { rule in
            let settings = configuration.settings(for: rule)
            return rule.check(context, settings).map {
                Finding(
                    rule: rule.id,
                    severity: settings.severity,
                    subject: $0.subject,
                    message: $0.message,
                    fix: $0.fix,
                    location: $0.location
                )
            }
        }
        .flatMap { $0 }
    }

    /// Marks the findings each live waiver accepts; a waiver still applies on its `expires` date.
    private static func applyWaivers(
        _ waivers: [Waiver],
        to findings: inout [Finding],
        today: CalendarDate,
        configuration: ReviewConfiguration
    ) -> [WaiverStatus] {
        var positions: [String: [Int]] = [:]
        if !waivers.isEmpty {
            for (position, finding) in findings.enumerated() { positions[finding.id, default: []].append(position) }
        }
        let known = Set(RuleCatalog.rules.map(\.id))
        return waivers.map { waiver in
            if let expires = waiver.expires, expires < today { return WaiverStatus(waiver: waiver, state: .expired) }
            if known.contains(waiver.rule), !configuration.runs(waiver.rule) {
                return WaiverStatus(waiver: waiver, state: .notChecked)
            }
            let matched = positions["\(waiver.rule):\(waiver.target)"] ?? []
            for position in matched where findings[position].waiver == nil { findings[position].waiver = waiver.reason }
            return WaiverStatus(waiver: waiver, state: matched.isEmpty ? .unused : .applied(matched.count))
        }
    }
}
