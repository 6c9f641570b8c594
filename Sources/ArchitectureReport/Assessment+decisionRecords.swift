public import ArchitectureAssessment
import ArchitectureModel

extension Assessment {
    /// The model's decisions, then with `propose` the records drafted from the top open risks.
    public func decisionRecords(propose: Bool) -> [DecisionRecord] {
        var records = model.decisions.enumerated().map { DecisionRecord($1, position: $0) }
        if propose {
            let next = (model.decisions.map(\.id).max() ?? 0) + 1
            records += DecisionRecord.proposals(from: risks, firstNumber: next)
        }
        return records
    }
}
