import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureReview
import Foundation

/// Reads a finding's target in the analysis: the component or workflow it is about, how often that
/// fails or saturates, how many workflows depend on it, and which team owns it.
struct RiskEvidence {
    /// What a finding's target names, once resolved.
    enum Subject {
        case component(ComponentFigures)
        case workflow(WorkflowFigures)
        case none
    }

    let graph: ModelGraph
    let model: SystemModel
    let analysis: AnalysisReport
    let index: ModelIndex
    let components: [String: ComponentFigures]
    let workflows: [String: WorkflowFigures]

    init(graph: ModelGraph, analysis: AnalysisReport) {
        self.graph = graph
        model = graph.model
        self.analysis = analysis
        index = graph.index
        components = Dictionary(analysis.components.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        workflows = Dictionary(analysis.workflows.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func risk(for finding: Finding) -> Risk {
        let category = RuleCatalog.entry(finding.rule)?.category
        let subject = subject(of: finding.target)
        let (likelihood, likelihoodBasis) = likelihood(finding, category: category, subject: subject)
        let (impact, impactBasis) = impact(finding, subject: subject)
        return Risk(
            id: "",
            finding: finding,
            category: category,
            likelihood: likelihood,
            likelihoodBasis: likelihoodBasis,
            impact: impact,
            impactBasis: impactBasis,
            owner: owner(of: finding.target),
            status: status(of: finding)
        )
    }

    /// `caller->callee` is about the callee's failures; `workflow/step` about the workflow.
    func subject(of target: String) -> Subject {
        if let figures = components[target] { return .component(figures) }
        if let figures = workflows[target] { return .workflow(figures) }
        if let call = Self.call(target), let figures = components[call.callee] { return .component(figures) }
        if let workflow = Self.workflowPart(target), let figures = workflows[workflow] { return .workflow(figures) }
        return .none
    }

    /// Severity floor, raised by the analysis for resilience and capacity findings (docs/report.md).
    private func likelihood(_ finding: Finding, category: RuleCategory?, subject: Subject) -> (Int, String) {
        var best = (severityLikelihood(finding.severity), "severity \(finding.severity.rawValue)")
        guard category == .resilience || category == .capacity else { return best }
        let raise = { (candidate: (Int, String)?) in
            if let candidate, candidate.0 > best.0 { best = candidate }
        }
        switch subject {
        case .component(let figures):
            raise(downtimeLikelihood((1 - figures.availability) * minutesPerMonth, of: figures.name))
            if category == .capacity, let utilization = figures.utilization {
                raise(utilizationLikelihood(utilization, of: figures.name))
            }
        case .workflow(let figures):
            raise(downtimeLikelihood(figures.downtimeMinutesPerMonth, of: figures.name))
        case .none: break
        }
        return best
    }

    private func severityLikelihood(_ severity: Severity) -> Int {
        switch severity {
        case .error: 3
        case .warning: 2
        case .info: 1
        }
    }

    /// 5 above 43.2 min/month (below 99.9%), 4 above 4.32 (99.99%), 3 above 0.432 (99.999%).
    private func downtimeLikelihood(_ minutes: Double, of name: String) -> (Int, String)? {
        let level: Int
        switch minutes {
        case 43.2...: level = 5
        case 4.32...: level = 4
        case 0.432...: level = 3
        default: return nil
        }
        return (level, "\(name) down \(Wording.number(minutes, decimals: 2)) min/month")
    }

    /// 5 when saturated at today's peak, 4 when it saturates before the planned growth.
    private func utilizationLikelihood(_ utilization: Double, of name: String) -> (Int, String)? {
        let percent = Wording.number(utilization * 100, decimals: 1)
        if utilization >= 1 { return (5, "\(name) utilization \(percent)% at peak") }
        guard utilization * analysis.growth >= 1 else { return nil }
        return (
            4,
            "\(name) utilization \(percent)% at peak, saturates at \(Wording.number(1 / utilization, decimals: 2))x "
                + "(growth \(Wording.number(analysis.growth))x)"
        )
    }

    /// Severity base (error 4, warning 3, info 2), +1 when at least half the workflows depend on the subject.
    private func impact(_ finding: Finding, subject: Subject) -> (Int, String) {
        let base: Int
        switch finding.severity {
        case .error: base = 4
        case .warning: base = 3
        case .info: base = 2
        }
        let total = analysis.workflows.count
        let affected: Int
        switch subject {
        case .component(let figures):
            affected = analysis.workflows.filter { $0.hardDependencies.contains(figures.name) }.count
        case .workflow: affected = 1
        case .none: affected = 0
        }
        let radius = "blast radius \(affected) of \(Wording.count(total, "workflow"))"
        guard total > 0, affected > 0 else { return (base, "severity \(finding.severity.rawValue)") }
        if 2 * affected >= total { return (min(base + 1, 5), "severity \(finding.severity.rawValue), \(radius)") }
        return (base, "severity \(finding.severity.rawValue), \(radius)")
    }

    /// The team of the service answerable for the target: the service itself, a call's caller, a
    /// datastore's owner, a topic's first publisher, a workflow's entry; a team target is its own owner.
    func owner(of target: String) -> String? {
        if index.services[target] == nil, model.services.contains(where: { $0.team == target }) { return target }
        guard let service = responsibleService(target) else { return nil }
        return index.services[service].flatMap { model.services[$0].team }
    }

    private func responsibleService(_ target: String) -> String? {
        if index.services[target] != nil { return target }
        if let position = index.datastores[target] { return model.datastores[position].owner }
        if let position = index.workflows[target] { return model.workflows[position].entry }
        if index.topics[target] != nil {
            return graph.publishers[target]?.first
        }
        if let call = Self.call(target) { return responsibleService(call.caller) }
        // A synchronous cycle `a->b->c`: its first service.
        if let first = target.components(separatedBy: "->").first, first != target { return responsibleService(first) }
        if let workflow = Self.workflowPart(target), let position = index.workflows[workflow] {
            return model.workflows[position].entry
        }
        return nil
    }

    /// A waived finding is accepted; the waiver that matched gives the expiry.
    private func status(of finding: Finding) -> Risk.Status {
        guard let reason = finding.waiver else { return .open }
        let waiver = model.waivers.first {
            $0.rule == finding.rule && $0.target == finding.target && $0.reason == reason
        }
        return .accepted(reason: reason, expires: waiver?.expires)
    }

    /// `caller->callee`, or `caller->callee#n` for the n-th call between the same pair.
    static func call(_ target: String) -> (caller: String, callee: String)? {
        let parts = target.components(separatedBy: "->")
        guard parts.count == 2, let callee = parts[1].split(separator: "#").first, !parts[0].isEmpty else { return nil }
        return (parts[0], String(callee))
    }

    static func workflowPart(_ target: String) -> String? {
        guard let slash = target.firstIndex(of: "/") else { return nil }
        return String(target[..<slash])
    }
}
