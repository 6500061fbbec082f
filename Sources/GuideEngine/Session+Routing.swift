import ProcedureModel

extension Session {
    /// Where the person goes from step `index`: where the touched choice leads (`choice`, a position in
    /// the step's choices, and its `next`), else the first `<next>` whose condition holds for `answers`.
    func route(from index: Int, choice: Int?, leadingTo chosen: String?, answers: Answers) -> Result<Int, Stuck> {
        if let choice, let chosen {
            return resolve(chosen, at: procedure.successor(ofChoice: choice, atStep: index), from: index)
        }
        // Read in place: copying the whole `Step`, or each `Transition`, costs more than the rest of a move.
        let transitions = procedure.steps[index].transitions
        for position in transitions.indices {
            if let condition = transitions[position].condition {
                do {
                    guard try conditions.isSatisfied(condition, answers: answers) else { continue }
                } catch let failure as ConditionFailure {
                    return .failure(.conditionFailed(step: procedure.steps[index].id, failure))
                } catch {
                    let failure = ConditionFailure(
                        expression: condition.expression, location: condition.location, reason: "\(error)")
                    return .failure(.conditionFailed(step: procedure.steps[index].id, failure))
                }
            }
            let target = procedure.successor(ofTransition: position, atStep: index)
            return resolve(transitions[position].target, at: target, from: index)
        }
        return .failure(.noWayForward(step: procedure.steps[index].id))
    }

    /// The position of step `target`, if it exists and can be shown (an outcome needs a result).
    ///
    /// - Parameter position: where the procedure found `target` when it was loaded, if it did; the id is
    ///   looked up only without it, to say what is wrong.
    func resolve(_ target: String, at position: Int? = nil, from origin: Int?) -> Result<Int, Stuck> {
        guard let index = position ?? procedure.index(of: target) else {
            return .failure(.unknownStep(from: origin.map { procedure.steps[$0].id }, target: target))
        }
        if case .outcome(nil) = procedure.steps[index].role {
            return .failure(.outcomeWithoutResult(step: target))
        }
        return .success(index)
    }
}
