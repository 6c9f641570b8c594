/// What a finding is about, typed, so the risk register and the report read it without parsing. Its
/// description is the target users see and write in waivers, and SARIF fingerprints it: those
/// strings do not change.
public enum FindingSubject: Sendable, Hashable {
    /// The system as a whole (its budget, its decisions).
    case system(String)
    /// A service, datastore or broker.
    case component(String)
    /// A declared call: `services[caller].calls[position]`, the `occurrence`-th call (from 1) from
    /// `caller` to `callee`, spelled `caller->callee`, or `caller->callee#n` from the second on.
    case call(caller: String, callee: String, position: Int, occurrence: Int)
    case topic(String)
    /// One service's subscription to a topic, `topic/subscriber`.
    case subscription(topic: String, subscriber: String)
    case workflow(String)
    /// A step of a workflow's saga, `workflow/step`.
    case sagaStep(workflow: String, step: String)
    /// A synchronous call cycle, in call order from its first service: `a->b->c`, or `a` calling itself.
    case cycle([String])
    case team(String)
    /// A waiver, `rule:target`, for the rules that check waivers.
    case waiver(rule: String, target: String)
    /// A decision record, `decision-N`.
    case decision(Int)
}

extension FindingSubject: CustomStringConvertible {
    public var description: String {
        switch self {
        case .system(let name), .component(let name), .topic(let name), .workflow(let name), .team(let name):
            name
        case .call(let caller, let callee, _, let occurrence):
            "\(caller)->\(callee)" + (occurrence > 1 ? "#\(occurrence)" : "")
        case .subscription(let topic, let subscriber): "\(topic)/\(subscriber)"
        case .sagaStep(let workflow, let step): "\(workflow)/\(step)"
        case .cycle(let services): services.joined(separator: "->")
        case .waiver(let rule, let target): "\(rule):\(target)"
        case .decision(let id): "decision-\(id)"
        }
    }
}
