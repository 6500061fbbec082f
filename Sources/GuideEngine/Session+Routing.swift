import ProcedureModel

extension Session {
    /// Where the person goes from step `index`: where the touched choice leads (`choiceLeadsTo`), else
    /// the first `<next>` whose condition holds for `answers`.
    func route(from index: Int, choiceLeadsTo chosen: String?, answers: Answers) -> Result<Int, Stuck> {
        if let chosen {
            return resolve(chosen, from: index)
        }
        // Fields are read one by one: copying the whole `Step` costs more than the rest of a move.
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
        if case .outcome(nil) = procedure.steps[index].role {
            return .failure(.outcomeWithoutResult(step: target))
        }
        return .success(index)
    }
}
