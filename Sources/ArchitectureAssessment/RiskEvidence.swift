import ArchitectureAnalysis
import ArchitectureModel
import ArchitectureOutput
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
    let analysis: AnalysisReport
    let components: [String: ComponentFigures]
    let workflows: [String: WorkflowFigures]
    /// Component name -> how many workflows depend on it hard (their blast radius).
    let dependentWorkflows: [String: Int]

    init(graph: ModelGraph, analysis: AnalysisReport) {
        self.graph = graph
        self.analysis = analysis
        components = Dictionary(analysis.components.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        workflows = Dictionary(analysis.workflows.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var dependents: [String: Int] = [:]
        for workflow in analysis.workflows {
            for component in Set(workflow.hardDependencies) { dependents[component, default: 0] += 1 }
        }
        dependentWorkflows = dependents
    }

    func risk(for finding: Finding) -> Risk {
        let category = RuleCatalog.entry(finding.rule)?.category
        let subject = subject(of: finding.subject)
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
            owner: owner(of: finding.subject),
            status: status(of: finding)
        )
    }

    /// A call is about the callee's failures, a saga step about its workflow. A cycle of one is its
    /// service; in a cycle of two, the second service is the callee of the first's call, as for
    /// any call; a longer cycle has no one component to score.
    func subject(of finding: FindingSubject) -> Subject {
        let figures: Subject?
        switch finding {
        case .component(let name): figures = components[name].map(Subject.component)
        case .call(_, let callee, _, _): figures = components[callee].map(Subject.component)
        case .cycle(let services) where services.count <= 2:
            figures = services.last.flatMap { components[$0] }.map(Subject.component)
        case .workflow(let name), .sagaStep(let name, _): figures = workflows[name].map(Subject.workflow)
        case .system, .topic, .subscription, .cycle, .team, .waiver, .decision: figures = nil
        }
        return figures ?? .none
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
        return (level, "\(name) down \(NumberText.decimal(minutes, decimals: 2)) min/month")
    }

    /// 5 when saturated at today's peak, 4 when it saturates before the planned growth.
    private func utilizationLikelihood(_ utilization: Double, of name: String) -> (Int, String)? {
        let percent = NumberText.decimal(utilization * 100, decimals: 1)
        if utilization >= 1 { return (5, "\(name) utilization \(percent)% at peak") }
        guard utilization * analysis.growth >= 1 else { return nil }
        return (
            4,
            "\(name) utilization \(percent)% at peak, saturates at \(NumberText.decimal(1 / utilization, decimals: 2))x "
                + "(growth \(NumberText.decimal(analysis.growth))x)"
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
            affected = dependentWorkflows[figures.name] ?? 0
        case .workflow: affected = 1
        case .none: affected = 0
        }
        let radius = "blast radius \(affected) of \(Wording.count(total, "workflow"))"
        guard total > 0, affected > 0 else { return (base, "severity \(finding.severity.rawValue)") }
        if 2 * affected >= total { return (min(base + 1, 5), "severity \(finding.severity.rawValue), \(radius)") }
        return (base, "severity \(finding.severity.rawValue), \(radius)")
    }

    /// The team of the service answerable for the subject: the service itself, a call's caller, a
    /// datastore's owner, a topic's first publisher, a subscription's subscriber, a workflow's entry, a
    /// cycle's first service; a team is its own owner.
    func owner(of subject: FindingSubject) -> String? {
        if case .team(let team) = subject { return team }
        guard let service = responsibleService(subject) else { return nil }
        return graph.service(service)?.team
    }

    private func responsibleService(_ subject: FindingSubject) -> String? {
        switch subject {
        case .component(let name):
            if graph.index.services[name] != nil { return name }
            return graph.datastore(name)?.owner
        case .call(let caller, _, _, _): return caller
        case .cycle(let services): return services.first
        case .topic(let name): return graph.publishers[name]?.first
        case .subscription(_, let subscriber): return subscriber
        case .workflow(let name), .sagaStep(let name, _): return graph.workflow(name)?.entry
        case .system, .team, .waiver, .decision: return nil
        }
    }

    /// A waived finding is accepted; the waiver that matched gives the expiry.
    private func status(of finding: Finding) -> Risk.Status {
        guard let reason = finding.waiver else { return .open }
        let waiver = graph.model.waivers.first {
            $0.rule == finding.rule && $0.target == finding.target && $0.reason == reason
        }
        return .accepted(reason: reason, expires: waiver?.expires)
    }
}
