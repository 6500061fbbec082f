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
        let kind = procedure.steps[index].answer
        let accepted: AcceptedAnswer
        switch AnswerParsing.accept(given, kind: kind, choices: procedure.steps[index].choices) {
        case .failure(let rejection): return rejected(rejection, at: time)
        case .success(let answer): accepted = answer
        }
        // Conditions of this very step may read its answer (`$revenus <= 850`), so it is set first
        // and taken back if the move fails.
        let id = procedure.steps[index].id
        answers[id] = accepted.value
        switch route(from: index, choice: accepted.choice) {
        case .failure(let reason):
            answers[id] = earlierAnswer(to: index)
            return stuck(reason, at: time)
        case .success(let next):
            var effects: [Effect] = []
            effects.reserveCapacity(4)
            // The path is logged for every question; the value only where it is not sensitive.
            let value = procedure.steps[index].isSensitive ? nil : AnswerText.text(accepted.value, kind: kind)
            effects.append(event(.answered, step: id, at: time, value: value))
            visits[visits.count - 1].answer = accepted.value
            visits.append(Visit(step: next))
            enter(at: time, into: &effects)
            return effects
        }
    }

    /// The answer step `index` had before the current visit: from an earlier visit, on a path that loops.
    private func earlierAnswer(to index: Int) -> AnswerValue? {
        visits.last { $0.step == index && $0.answer != nil }?.answer
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
        let index = current
        let id = procedure.steps[index].id
        reprompts = 0
        listens = 0
        effects.append(event(.stepEntered, step: id, at: time))
        effects.append(.show(step: id, reprompt: 0))
        if let audio = procedure.steps[index].prompt.audio { effects.append(.play(audio)) }
        guard procedure.steps[index].kind == .outcome, let result = procedure.steps[index].outcome else {
            state = .atStep(id)
            return
        }
        state = .finished(outcomeStep: id)
        if completing {
            effects.append(event(.completed, step: id, at: time, value: id, reason: result.rawValue))
        }
        effects.append(.finish(outcomeStep: id, result: result, checklist: checklist))
    }
}
