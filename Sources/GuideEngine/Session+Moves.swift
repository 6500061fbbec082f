import ProcedureModel

extension Session {
    /// Begins at the start step.
    mutating func start(at time: Int64) -> [Effect] {
        switch resolve(procedure.start.id, from: nil) {
        case .failure(let reason):
            return [.cannotContinue(reason.description)]
        case .success(let first):
            var effects = [event(.sessionStarted, step: procedure.steps[first].id, at: time)]
            visits.append(Visit(step: first))
            enter(at: time, into: &effects)
            return effects
        }
    }

    /// Records an answer to the current question and moves on, or rejects it and changes nothing.
    mutating func answer(_ given: String, at time: Int64) -> [Effect] {
        let index = current
        guard procedure.steps[index].kind == .question else { return rejected(.notAQuestion, at: time) }
        let accepted: AcceptedAnswer
        switch AnswerParsing.accept(given, at: procedure.steps[index]) {
        case .failure(let rejection): return rejected(rejection, at: time)
        case .success(let answer): accepted = answer
        }
        // Conditions of this very step may read its answer (`$revenus <= 850`), so set it first
        // and put back what was there if the move fails.
        let id = procedure.steps[index].id
        let previous = answers[id]
        answers[id] = accepted.value
        switch route(from: index, choice: accepted.choice) {
        case .failure(let reason):
            answers[id] = previous
            return stuck(reason, at: time)
        case .success(let next):
            var effects: [Effect] = []
            effects.reserveCapacity(6)
            // The path is logged for every question; the value only where it is not sensitive.
            let value = procedure.steps[index].isSensitive
                ? nil : AnswerText.text(accepted.value, kind: procedure.steps[index].answer)
            effects.append(event(.answered, at: time, value: value))
            visits[visits.count - 1].answer = accepted.value
            visits.append(Visit(step: next))
            enter(at: time, into: &effects)
            return effects
        }
    }

    /// "Continuer" on a step that asks nothing.
    mutating func proceed(at time: Int64) -> [Effect] {
        let index = current
        guard procedure.steps[index].kind != .question else { return rejected(.needsAnAnswer, at: time) }
        switch route(from: index, choice: nil) {
        case .failure(let reason):
            return stuck(reason, at: time)
        case .success(let next):
            var effects: [Effect] = []
            effects.reserveCapacity(5)
            visits.append(Visit(step: next))
            enter(at: time, into: &effects)
            return effects
        }
    }

    /// Goes back `steps` steps, at most to the start, forgetting the answers from the step returned to on.
    mutating func back(_ steps: Int, at time: Int64) -> [Effect] {
        let available = visits.count - 1
        guard steps >= 1, available >= 1 else { return rejected(.cannotGoBack, at: time) }
        let count = min(steps, available)
        let target = visits[visits.count - 1 - count].step
        var effects = [event(.back, at: time, value: procedure.steps[target].id, count: count)]
        visits.removeLast(count)
        visits[visits.count - 1].answer = nil
        // Rebuilt rather than patched: on a path that loops, an earlier visit's answer comes back.
        var remaining = Answers()
        for visit in visits {
            if let answer = visit.answer { remaining[procedure.steps[visit.step].id] = answer }
        }
        answers = remaining
        enter(at: time, into: &effects)
        return effects
    }

    /// Shows the last step of the path as newly entered: logged, shown, spoken; an outcome also finishes.
    ///
    /// - Parameter completing: `false` when showing again an outcome already reached, so that
    ///   `completed` is logged once per session.
    mutating func enter(at time: Int64, completing: Bool = true, into effects: inout [Effect]) {
        let step = procedure.steps[current]
        reprompts = 0
        listens = 0
        effects.append(event(.stepEntered, step: step.id, at: time))
        effects.append(.show(step: step.id, reprompt: 0))
        if let audio = step.prompt.audio { effects.append(.play(audio)) }
        guard step.kind == .outcome, let result = step.outcome else {
            state = .atStep(step.id)
            return
        }
        state = .finished(outcomeStep: step.id)
        if completing {
            effects.append(event(.completed, step: step.id, at: time, value: step.id, reason: result.rawValue))
        }
        effects.append(.finish(outcomeStep: step.id, result: result, checklist: checklist))
    }
}
