import ProcedureModel

extension Session {
    /// Where the person goes from step `index`: the touched choice's `next`, else the first `<next>`
    /// whose condition holds for the current answers.
    func route(from index: Int, choice: Int?) -> Result<Int, Stuck> {
        // Fields are read one by one: copying the whole `Step` costs more than the rest of a move.
        if let choice, let next = procedure.steps[index].choices[choice].next {
            return resolve(next, from: index)
        }
        for transition in procedure.steps[index].transitions {
            if let condition = transition.condition {
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
            return resolve(transition.target, from: index)
        }
        return .failure(.noWayForward(step: procedure.steps[index].id))
    }

    /// The position of step `target`, if it exists and can be shown (an outcome needs a result).
    func resolve(_ target: String, from origin: Int?) -> Result<Int, Stuck> {
        guard let index = procedure.index(of: target) else {
            return .failure(.unknownStep(from: origin.map { procedure.steps[$0].id }, target: target))
        }
        if procedure.steps[index].kind == .outcome, procedure.steps[index].outcome == nil {
            return .failure(.outcomeWithoutResult(step: target))
        }
        return .success(index)
    }
}
