import ProcedureModel

/// A step that sends the person to another website's simulator and waits for its answer: a resident at a
/// kiosk, who reads poorly, cannot leave the kiosk, use that site and come back with what it said.
///
/// What sets it off: a `<do kind="website">` step whose address, text, audio or help speaks of a
/// simulator, followed within a few moves by a question about the simulator's answer, or telling the
/// person to come back. A simulator mentioned as something to do later, at home or with a mediator, is fine.
enum ExternalSimulators: ProcedureRule {
    /// How many moves after the simulator step a question about its answer still counts as waiting for it.
    static let movesToTheQuestion = 3

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.owningSteps.compactMap { position, step in
            guard let action = step.action, action.kind == .website, sendsToSimulator(step, action) else { return nil }
            let place = action.href.map { " (\($0))" } ?? ""
            let remedy = "ask the few questions here, let the person apply, or send them to a person"
            if let question = questionAboutTheAnswer(after: position, context) {
                return context.warning(
                    .externalSimulator,
                    "step \(step.id.quoted) sends the person to a simulator\(place) and question \(question.id.quoted) "
                        + "(line \(question.location.line)) asks what it said: \(remedy)",
                    at: action.location)
            }
            guard tellsToComeBack(step.prompt) else { return nil }
            return context.warning(
                .externalSimulator,
                "step \(step.id.quoted) sends the person to a simulator\(place) and asks them to come back: \(remedy)",
                at: action.location)
        }
    }

    private static func sendsToSimulator(_ step: Step, _ action: Action) -> Bool {
        speaksOfSimulator(action.href ?? "") || speaksOfSimulator(words(step.prompt))
    }

    /// The first question within reach that speaks of the simulator, in the order a walk would meet them.
    private static func questionAboutTheAnswer(after origin: Int, _ context: CheckContext) -> Step? {
        var seen: Set<Int> = [origin]
        var frontier = [origin]
        for _ in 0..<movesToTheQuestion {
            frontier = frontier.flatMap { context.graph.successors[$0] }.filter { seen.insert($0).inserted }
            let step = frontier.map { context.procedure.steps[$0] }.first { step in
                step.kind == .question
                    && (speaksOfSimulator(words(step.prompt)) || step.choices.contains { speaksOfSimulator(words($0.prompt)) })
            }
            if let step { return step }
        }
        return nil
    }

    /// Everything a person sees or hears of a prompt, as one string.
    private static func words(_ prompt: Prompt) -> String {
        [prompt.text, prompt.audio?.spokenText ?? "", prompt.help ?? ""].joined(separator: " ")
    }

    /// « simulateur », « simulation », « simuler », "simulator", in any case.
    private static func speaksOfSimulator(_ text: String) -> Bool {
        text.lowercased().contains("simul")
    }

    /// « Puis revenez ici », "come back": the kiosk waits while the person is on the other site.
    private static func tellsToComeBack(_ prompt: Prompt) -> Bool {
        let said = [prompt.text, prompt.audio?.spokenText ?? ""].joined(separator: " ").lowercased()
        return ["revenez ici", "revenez sur", "puis revenez", "come back"].contains { said.contains($0) }
    }
}
