public import ProcedureModel

// Every input and every transition of a session, top to bottom: `handle` picks the transition for the
// state; each transition at a step changes the walk in place and says the next state and the effects.

extension Session {
    /// Takes one input at `time` (milliseconds since 1970) and says what the caller must do.
    ///
    /// An input the current state does not accept yields ``Effect/reject(_:)`` and changes nothing.
    public mutating func handle(_ input: Input, at time: MillisecondsSince1970) -> [Effect] {
        switch state {
        case .notStarted:
            guard case .start = input else { return [.reject(.notStarted)] }
            let effects: [Effect]
            (state, effects) = start(at: time)
            return effects
        case .finished(let walk, _):
            // The outcome is on screen still: the resident may call for a person about it.
            if let call = call(input, in: walk, at: time) { return call }
            guard case .resume = input else { return [.reject(.sessionEnded)] }
            let effects: [Effect]
            (state, effects) = resume(walk, at: time)
            return effects
        case .abandoned(let walk):
            guard case .resume = input else { return [.reject(.sessionEnded)] }
            let effects: [Effect]
            (state, effects) = resume(walk, at: time)
            return effects
        case .atStep(var walk):
            // The walk leaves the state while it changes, so that its arrays have one owner and grow in
            // place instead of being copied at every move (postgres-nio's `.modifying`; `.notStarted`
            // stands in for the moment, and every transition below says the state that follows).
            state = .notStarted
            let effects: [Effect]
            (state, effects) = handle(input, at: time, on: &walk)
            return effects
        }
    }

    /// An input at a step that waits for one.
    private func handle(_ input: Input, at time: Int64, on walk: inout Walk) -> (State, [Effect]) {
        switch input {
        case .start: (.atStep(walk), rejected(.alreadyStarted, in: walk, at: time))
        case .answer(let given): answer(given, on: &walk, at: time)
        case .proceed: proceed(on: &walk, at: time)
        case .back(let steps): back(steps, on: &walk, at: time)
        case .help: (.atStep(walk), help(in: walk, at: time))
        case .listen: listen(on: &walk, at: time)
        case .noInput: noInput(on: &walk, at: time)
        case .timeout: (.abandoned(walk), [event(.timedOut, in: walk, at: time), .end])
        case .abandon: (.abandoned(walk), [event(.abandoned, in: walk, at: time), .end])
        case .openGlossary: (.atStep(walk), [event(.glossaryOpened, in: walk, at: time)])
        case .handOff: (.atStep(walk), [event(.handedOff, in: walk, at: time)])
        case .callMediator, .mediatorAnswered: (.atStep(walk), call(input, in: walk, at: time) ?? [])
        case .workerNote(let category):
            (.atStep(walk), [event(.workerNote, in: walk, at: time, reason: category.rawValue)])
        case .estimateShown(let benefits):
            (.atStep(walk), [event(.estimateShown, in: walk, at: time, value: benefits.joined(separator: " "))])
        case .estimateFellBack(let benefits, let reason):
            (.atStep(walk), [event(.estimateFellBack, in: walk, at: time, value: benefits.joined(separator: " "), reason: reason.rawValue)])
        case .resume: resume(walk, at: time)
        }
    }

    /// The event of a call for a person, or `nil` for any other input. A call changes no step.
    private func call(_ input: Input, in walk: Walk, at time: Int64) -> [Effect]? {
        switch input {
        case .callMediator: [event(.mediatorCalled, in: walk, at: time)]
        case .mediatorAnswered: [event(.mediatorAnswered, in: walk, at: time)]
        default: nil
        }
    }

    /// Begins at the start step.
    private func start(at time: Int64) -> (State, [Effect]) {
        switch resolve(procedure.start.id, from: nil) {
        case .failure(let reason):
            return (.notStarted, [.cannotContinue(reason.description)])
        case .success(let first):
            var walk = Walk(startingAt: first, questions: procedure.steps.count)
            var effects = [event(.sessionStarted, step: procedure.steps[first].id, at: time)]
            return (enter(&walk, at: time, into: &effects), effects)
        }
    }

    /// Records an answer to the current question and moves on, or rejects it and changes nothing.
    private func answer(_ given: String, on walk: inout Walk, at time: Int64) -> (State, [Effect]) {
        let index = walk.current
        // The role alone is read: copying the whole `Step` costs more than the rest of a move.
        guard case .question(let kind, let choices) = procedure.steps[index].role else {
            return (.atStep(walk), rejected(.notAQuestion, in: walk, at: time))
        }
        let accepted: AcceptedAnswer
        switch AnswerParsing.accept(given, kind: kind, choices: choices) {
        case .failure(let rejection): return (.atStep(walk), rejected(rejection, in: walk, at: time))
        case .success(let answer): accepted = answer
        }
        // Conditions of this very step may read its answer (`$revenus <= 850`), so it is set first
        // and taken back if the move fails.
        let id = procedure.steps[index].id
        walk.setAnswer(accepted.value, to: id)
        let chosen = accepted.choice.flatMap { choices[$0].next }
        switch route(from: index, choice: accepted.choice, leadingTo: chosen, answers: walk.answers) {
        case .failure(let reason):
            walk.setAnswer(walk.earlierAnswer(to: index), to: id)
            return (.atStep(walk), stuck(reason, in: walk, at: time))
        case .success(let next):
            var effects: [Effect] = []
            effects.reserveCapacity(4)
            // The path is logged for every question; the value only where it is not sensitive.
            let value = procedure.steps[index].isSensitive ? nil : AnswerText.text(accepted.value, kind: kind)
            effects.append(event(.answered, step: id, at: time, value: value))
            walk.moveOn(to: next, answer: accepted.value)
            return (enter(&walk, at: time, into: &effects), effects)
        }
    }

    /// "Continuer" on a step that asks nothing.
    private func proceed(on walk: inout Walk, at time: Int64) -> (State, [Effect]) {
        guard procedure.steps[walk.current].kind != .question else {
            return (.atStep(walk), rejected(.needsAnAnswer, in: walk, at: time))
        }
        switch route(from: walk.current, choice: nil, leadingTo: nil, answers: walk.answers) {
        case .failure(let reason):
            return (.atStep(walk), stuck(reason, in: walk, at: time))
        case .success(let next):
            var effects: [Effect] = []
            effects.reserveCapacity(5)
            walk.moveOn(to: next, answer: nil)
            return (enter(&walk, at: time, into: &effects), effects)
        }
    }

    /// Goes back `steps` steps, at most to the start, forgetting the answers from the step returned to on.
    private func back(_ steps: Int, on walk: inout Walk, at time: Int64) -> (State, [Effect]) {
        guard steps >= 1, walk.stepsBehind >= 1 else {
            return (.atStep(walk), rejected(.cannotGoBack, in: walk, at: time))
        }
        let count = min(steps, walk.stepsBehind)
        let from = procedure.steps[walk.current].id
        walk.goBack(count, in: procedure)
        var effects = [event(.back, step: from, at: time, value: procedure.steps[walk.current].id, count: count)]
        return (enter(&walk, at: time, into: &effects), effects)
    }

    /// "Je ne comprends pas": the step's longer explanation and where to find a person.
    private func help(in walk: Walk, at time: Int64) -> [Effect] {
        let step = procedure.steps[walk.current]
        return [
            event(.helpAsked, in: walk, at: time),
            .showHelp(step: step.id, help: step.prompt.help, helpPoints: step.helpPointIDs()),
        ]
    }

    /// "Écouter": the first press at a step is a play, later ones are replays.
    private func listen(on walk: inout Walk, at time: Int64) -> (State, [Effect]) {
        guard let audio = procedure.steps[walk.current].prompt.audio else {
            return (.atStep(walk), rejected(.noAudio, in: walk, at: time))
        }
        walk.listens += 1
        return (.atStep(walk), [event(walk.listens == 1 ? .audioPlayed : .audioReplayed, in: walk, at: time), .play(audio)])
    }

    /// Nothing touched in time: show and say the step again, counting re-prompts at this step.
    private func noInput(on walk: inout Walk, at time: Int64) -> (State, [Effect]) {
        walk.reprompts += 1
        let step = procedure.steps[walk.current]
        var effects = [event(.noInput, in: walk, at: time, count: walk.reprompts), .show(step: step.id, reprompt: walk.reprompts)]
        if let audio = step.prompt.audio { effects.append(.play(audio)) }
        return (.atStep(walk), effects)
    }

    /// Shows the current step again, as on entry; an abandoned session is reopened where it stopped,
    /// a finished one shows its outcome again without counting a second completion.
    private func resume(_ walk: Walk, at time: Int64) -> (State, [Effect]) {
        var walk = walk
        var effects = [event(.resumed, in: walk, at: time)]
        return (enter(&walk, at: time, completing: false, into: &effects), effects)
    }

    /// Shows the walk's current step as newly entered: logged, shown, spoken; an outcome also finishes.
    /// Returns the state that follows: at that step, or finished there.
    ///
    /// - Parameter completing: `false` when showing again an outcome already reached, so that
    ///   `completed` is logged once per session.
    private func enter(_ walk: inout Walk, at time: Int64, completing: Bool = true, into effects: inout [Effect]) -> State {
        let index = walk.current
        let id = procedure.steps[index].id
        walk.reprompts = 0
        walk.listens = 0
        effects.append(event(.stepEntered, step: id, at: time))
        effects.append(.show(step: id, reprompt: 0))
        if let audio = procedure.steps[index].prompt.audio { effects.append(.play(audio)) }
        // `resolve` and resuming never lead to an outcome without a result.
        guard case .outcome(let result?) = procedure.steps[index].role else { return .atStep(walk) }
        if completing {
            effects.append(event(.completed, step: id, at: time, value: id, reason: result.rawValue))
        }
        effects.append(.finish(outcomeStep: id, result: result, checklist: checklist(of: walk, finished: true)))
        return .finished(walk, outcome: result)
    }
}
