import ProcedureModel

extension Session {
    /// Where the person goes from step `index`: the touched choice's `next`, else the first `<next>`
    /// whose condition holds for the current answers.
    func route(from index: Int, choice: Int?) -> Result<Int, Stuck> {
        let step = procedure.steps[index]
        if let choice, let next = step.choices[choice].next {
            return resolve(next, from: step.id)
        }
        for transition in step.transitions {
            if let condition = transition.condition {
                do {
                    guard try conditions.isSatisfied(condition, answers: answers) else { continue }
                } catch let failure as ConditionFailure {
                    return .failure(.conditionFailed(step: step.id, failure))
                } catch {
                    let failure = ConditionFailure(
                        expression: condition.expression, location: condition.location, reason: "\(error)")
                    return .failure(.conditionFailed(step: step.id, failure))
                }
            }
            return resolve(transition.target, from: step.id)
        }
        return .failure(.noWayForward(step: step.id))
    }

    /// The position of step `target`, if it exists and can be shown (an outcome needs a result).
    func resolve(_ target: String, from origin: String?) -> Result<Int, Stuck> {
        guard let index = procedure.index(of: target) else {
            return .failure(.unknownStep(from: origin, target: target))
        }
        if procedure.steps[index].kind == .outcome, procedure.steps[index].outcome == nil {
            return .failure(.outcomeWithoutResult(step: target))
        }
        return .success(index)
    }
}
