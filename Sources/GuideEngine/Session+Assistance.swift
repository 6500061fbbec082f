import ProcedureModel

extension Session {
    /// "Je ne comprends pas": the step's longer explanation and where to find a person.
    func help(at time: Int64) -> [Effect] {
        let step = procedure.steps[current]
        return [
            event(.helpAsked, at: time),
            .showHelp(step: step.id, help: step.prompt.help, helpPoints: step.helpPoints.map(\.id)),
        ]
    }

    /// "Écouter": the first press at a step is a play, later ones are replays.
    mutating func listen(at time: Int64) -> [Effect] {
        guard let audio = procedure.steps[current].prompt.audio else { return rejected(.noAudio, at: time) }
        listens += 1
        return [event(listens == 1 ? .audioPlayed : .audioReplayed, at: time), .play(audio)]
    }

    /// Nothing touched in time: show and say the step again, counting re-prompts at this step.
    mutating func noInput(at time: Int64) -> [Effect] {
        reprompts += 1
        let step = procedure.steps[current]
        var effects = [event(.noInput, at: time, count: reprompts), .show(step: step.id, reprompt: reprompts)]
        if let audio = step.prompt.audio { effects.append(.play(audio)) }
        return effects
    }
}
