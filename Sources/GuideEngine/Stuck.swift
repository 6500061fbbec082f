import ProcedureModel

/// Why the procedure itself cannot take a person further: a fault for its author, said to them.
enum Stuck: Error, CustomStringConvertible {
    case noWayForward(step: String)
    case conditionFailed(step: String, ConditionFailure)
    case unknownStep(from: String?, target: String)
    case outcomeWithoutResult(step: String)

    var description: String {
        switch self {
        case .noWayForward(let step):
            "no transition from '\(step)' holds"
        case .conditionFailed(let step, let failure):
            "at step '\(step)', line \(failure.location.line), column \(failure.location.column): \(failure)"
        case .unknownStep(let from?, let target):
            "step '\(from)' leads to '\(target)', which does not exist"
        case .unknownStep(nil, let target):
            "the start step '\(target)' does not exist"
        case .outcomeWithoutResult(let step):
            "outcome step '\(step)' has no result"
        }
    }
}
